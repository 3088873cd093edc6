package org.kith.gallery.application.pairing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttemptLimiterTest {
  private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

  @Test
  void allowsTheLimitPerKeyWithinTheWindowAndAgainAfterIt() {
    AttemptLimiter limiter = new AttemptLimiter(3, Duration.ofMinutes(1), 100);
    for (int i = 0; i < 3; i++) {
      assertTrue(limiter.tryAcquire("a", T0.plusSeconds(i)));
    }
    assertFalse(limiter.tryAcquire("a", T0.plusSeconds(10)));
    assertTrue(limiter.tryAcquire("b", T0.plusSeconds(10)), "another key has its own count");
    assertTrue(limiter.tryAcquire("a", T0.plusSeconds(61)), "the first attempt aged out");
    assertFalse(limiter.tryAcquire("a", T0.plusSeconds(61)));
  }

  @Test
  void newKeysAreRefusedWhileTooManyAreLive() {
    AttemptLimiter limiter = new AttemptLimiter(1, Duration.ofMinutes(1), 2);
    assertTrue(limiter.tryAcquire("a", T0));
    assertTrue(limiter.tryAcquire("b", T0));
    assertFalse(limiter.tryAcquire("c", T0), "a third address would grow the map");
    assertTrue(limiter.tryAcquire("c", T0.plusSeconds(61)), "old keys age out");
  }
}
