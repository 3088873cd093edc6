package org.kith.gallery.application.encounter;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.kith.gallery.domain.encounter.AnnouncementPolicy;

/**
 * When each confirmed person was last in view of each of a patient's encounters, on the server's
 * clock. The cool-down is the patient's, not one encounter's: a phone that reconnects, or a second
 * device, opens a new encounter, and must not announce again someone the patient was just told
 * about. Within one encounter the encounter's own stream clock decides ({@code Announcements});
 * this only adds "seen by another encounter within the cool-down". In this instance's memory only,
 * pruned past the longest cool-down.
 */
@ApplicationScoped
public class PatientSightings {
  private static final int MAX_ENCOUNTERS_PER_PERSON = 16;

  private final Map<Long, Map<Long, Map<String, Instant>>> byPatient = new HashMap<>();

  /** This encounter saw the confirmed person at {@code at}. */
  public synchronized void seen(long patientId, long personId, String encounterId, Instant at) {
    Map<String, Instant> encounters =
        byPatient
            .computeIfAbsent(patientId, p -> new HashMap<>())
            .computeIfAbsent(personId, p -> new HashMap<>());
    encounters.merge(encounterId, at, (a, b) -> a.isAfter(b) ? a : b);
    prune(encounters, at);
  }

  /** Whether another encounter of the patient had the person in view within {@code coolDown}. */
  public synchronized boolean seenElsewhere(
      long patientId, long personId, String encounterId, Instant at, Duration coolDown) {
    Map<String, Instant> encounters =
        byPatient.getOrDefault(patientId, Map.of()).getOrDefault(personId, Map.of());
    return encounters.entrySet().stream()
        .anyMatch(
            s ->
                !s.getKey().equals(encounterId)
                    && Duration.between(s.getValue(), at).compareTo(coolDown) <= 0);
  }

  /** Forgets what no cool-down can reach any more, and keeps a person's entries few. */
  private void prune(Map<String, Instant> encounters, Instant now) {
    Instant horizon = now.minus(AnnouncementPolicy.MAX_COOL_DOWN);
    encounters.values().removeIf(t -> t.isBefore(horizon));
    while (encounters.size() > MAX_ENCOUNTERS_PER_PERSON) {
      encounters.entrySet().stream()
          .min(Map.Entry.comparingByValue())
          .map(Map.Entry::getKey)
          .ifPresent(encounters::remove);
    }
  }
}
