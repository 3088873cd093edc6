package org.kith.gallery.application.encounter;

import java.time.Instant;

/**
 * One message to the device about its encounter. {@code type} is one of {@code track.started},
 * {@code track.ended}, {@code person.confirmed}, {@code person.uncertain}, {@code
 * stranger.confirmed}, {@code encounter.degraded}, {@code encounter.recovered}, {@code
 * encounter.closed}; the other fields are set where the type has them (null otherwise, and left out
 * of the JSON).
 *
 * @param announce for {@code person.confirmed}: whether the device should say it now (false when
 *     the person was here within the patient's cool-down)
 * @param verbosity for {@code person.confirmed}: how much to say
 * @param candidateName for {@code person.uncertain}, only where the patient's policy lets the
 *     device say "might be …"
 * @param tone for {@code stranger.confirmed} and {@code person.uncertain}: whether to sound the
 *     soft tone
 * @param auditEventId the decision's audit record, for feedback
 */
public record EncounterEvent(
    String type,
    Instant at,
    Integer track,
    Long personId,
    String displayName,
    String relationship,
    String memoryCue,
    String pronunciationHint,
    Double confidence,
    Integer framesUsed,
    Boolean announce,
    String verbosity,
    String candidateName,
    Boolean tone,
    String reason,
    Long auditEventId) {

  public static final String PERSON_CONFIRMED = "person.confirmed";
  public static final String PERSON_UNCERTAIN = "person.uncertain";
  public static final String STRANGER_CONFIRMED = "stranger.confirmed";
  public static final String DEGRADED = "encounter.degraded";
  public static final String RECOVERED = "encounter.recovered";
  public static final String CLOSED = "encounter.closed";

  /** An event that names no one. */
  public static EncounterEvent plain(String type, Instant at, Integer track, String reason) {
    return new EncounterEvent(
        type, at, track, null, null, null, null, null, null, null, null, null, null, null, reason,
        null);
  }
}
