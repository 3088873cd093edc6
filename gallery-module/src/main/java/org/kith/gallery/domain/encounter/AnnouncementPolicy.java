package org.kith.gallery.domain.encounter;

import java.time.Duration;
import java.util.Objects;

/**
 * What the patient's device says, set per patient by the clinician: a confirmed person is announced
 * once per encounter and again only after having been away longer than {@code coolDown}; how much
 * is said; whether an uncertain match may be spoken as "might be …" (otherwise it names no one);
 * whether a confirmed stranger gets a tone.
 */
public record AnnouncementPolicy(
    Duration coolDown, Verbosity verbosity, boolean speakUncertain, boolean strangerTone) {

  public static final Duration MAX_COOL_DOWN = Duration.ofHours(24);

  public static final AnnouncementPolicy DEFAULTS =
      new AnnouncementPolicy(Duration.ofSeconds(60), Verbosity.NAME_AND_RELATIONSHIP, false, false);

  public AnnouncementPolicy {
    Objects.requireNonNull(coolDown, "coolDown");
    Objects.requireNonNull(verbosity, "verbosity");
    if (coolDown.isNegative() || coolDown.compareTo(MAX_COOL_DOWN) > 0) {
      throw new IllegalArgumentException("the cool-down must be 0 to 24 hours");
    }
  }
}
