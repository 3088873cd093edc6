package org.kith.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LastSeenTest {
  private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

  @Test
  void onlineWinsOverTheTime() {
    assertEquals("Online", LastSeen.describe(true, NOW.minusSeconds(30), NOW));
  }

  @Test
  void aDeviceThatNeverCalledIsNeverSeen() {
    assertEquals("Never seen", LastSeen.describe(false, null, NOW));
  }

  @Test
  void elapsedTimeReadsInTheLargestSensibleUnit() {
    assertEquals(
        "Last seen less than a minute ago", LastSeen.describe(false, NOW.minusSeconds(20), NOW));
    assertEquals("Last seen 1 minute ago", LastSeen.describe(false, NOW.minusSeconds(61), NOW));
    assertEquals(
        "Last seen 3 minutes ago", LastSeen.describe(false, NOW.minus(Duration.ofMinutes(3)), NOW));
    assertEquals(
        "Last seen 5 hours ago", LastSeen.describe(false, NOW.minus(Duration.ofHours(5)), NOW));
    assertEquals(
        "Last seen 3 days ago", LastSeen.describe(false, NOW.minus(Duration.ofDays(3)), NOW));
  }
}
