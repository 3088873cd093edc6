package org.kith.gallery.domain.encounter;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Who has been announced in this encounter and when each person was last seen, so that a person is
 * announced once and again only after having been away longer than the cool-down.
 */
public final class Announcements {
  private final Map<Long, Instant> lastSeen = new HashMap<>();

  /** Whether confirming this person now should be spoken; records the sighting either way. */
  public boolean announce(long personId, Instant at, Duration coolDown) {
    Instant before = lastSeen.get(personId);
    lastSeen.put(personId, at);
    return before == null || Duration.between(before, at).compareTo(coolDown) > 0;
  }

  /** A confirmed person is still in view. */
  public void seen(long personId, Instant at) {
    lastSeen.merge(personId, at, (a, b) -> a.isAfter(b) ? a : b);
  }
}
