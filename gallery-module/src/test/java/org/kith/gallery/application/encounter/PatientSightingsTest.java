package org.kith.gallery.application.encounter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PatientSightingsTest {
  private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
  private static final Duration COOL_DOWN = Duration.ofSeconds(60);

  @Test
  void anotherEncounterWithinTheCoolDownCountsItsOwnDoesNot() {
    PatientSightings sightings = new PatientSightings();
    sightings.seen(1, 7, "a", T0);
    assertFalse(sightings.seenElsewhere(1, 7, "a", T0.plusSeconds(5), COOL_DOWN), "its own");
    assertTrue(sightings.seenElsewhere(1, 7, "b", T0.plusSeconds(5), COOL_DOWN), "a reconnect");
    assertFalse(sightings.seenElsewhere(1, 7, "b", T0.plusSeconds(61), COOL_DOWN), "cooled down");
    assertFalse(sightings.seenElsewhere(2, 7, "b", T0.plusSeconds(5), COOL_DOWN), "other patient");
    assertFalse(sightings.seenElsewhere(1, 8, "b", T0.plusSeconds(5), COOL_DOWN), "other person");
  }

  @Test
  void aPersonStillInViewKeepsTheCoolDownRunning() {
    PatientSightings sightings = new PatientSightings();
    sightings.seen(1, 7, "a", T0);
    sightings.seen(1, 7, "a", T0.plusSeconds(50));
    assertTrue(sightings.seenElsewhere(1, 7, "b", T0.plusSeconds(100), COOL_DOWN));
  }

  @Test
  void sightingsBeyondTheLongestCoolDownAreForgotten() {
    PatientSightings sightings = new PatientSightings();
    for (int i = 0; i < 40; i++) {
      sightings.seen(1, 7, "e" + i, T0.plusSeconds(i));
    }
    assertTrue(sightings.seenElsewhere(1, 7, "x", T0.plusSeconds(40), COOL_DOWN));
    sightings.seen(1, 7, "late", T0.plus(Duration.ofDays(2)));
    assertFalse(
        sightings.seenElsewhere(1, 7, "late", T0.plus(Duration.ofDays(2)), Duration.ofDays(1)),
        "only its own sighting is left");
  }
}
