package org.kith.gallery.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SightingThrottleTest {
  private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
  private final SightingThrottle throttle = new SightingThrottle(Duration.ofSeconds(60));

  @Test
  void admitsTheFirstSightingAndThenOnePerIntervalPerDevice() {
    assertTrue(throttle.admit(1, T0));
    assertFalse(throttle.admit(1, T0.plusSeconds(1)));
    assertFalse(throttle.admit(1, T0.plusSeconds(59)));
    assertTrue(throttle.admit(2, T0.plusSeconds(1)), "devices are throttled separately");
    assertTrue(throttle.admit(1, T0.plusSeconds(60)));
    assertFalse(throttle.admit(1, T0.plusSeconds(61)));
  }

  @Test
  void aForgottenFailedWriteIsRetriedOnTheNextSighting() {
    assertTrue(throttle.admit(1, T0));
    throttle.forget(1, T0);
    assertTrue(throttle.admit(1, T0.plusSeconds(5)));
  }

  @Test
  void manyConcurrentSightingsOfOneDeviceAdmitExactlyOne() throws Exception {
    java.util.concurrent.atomic.AtomicInteger admitted =
        new java.util.concurrent.atomic.AtomicInteger();
    Thread[] threads = new Thread[8];
    for (int i = 0; i < threads.length; i++) {
      threads[i] =
          new Thread(
              () -> {
                for (int j = 0; j < 1000; j++) {
                  if (throttle.admit(7, T0.plusMillis(j))) {
                    admitted.incrementAndGet();
                  }
                }
              });
      threads[i].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    org.junit.jupiter.api.Assertions.assertEquals(1, admitted.get());
  }
}
