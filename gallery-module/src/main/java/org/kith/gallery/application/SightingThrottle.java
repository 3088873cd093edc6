package org.kith.gallery.application;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Decides, per device and in memory, whether a sighting is worth a database write: at most one per
 * interval, so a device identifying many times a minute costs one UPDATE a minute. Each instance
 * keeps its own map; the conditional UPDATE keeps several instances from writing more than needed.
 */
public final class SightingThrottle {
  private final Duration interval;
  private final ConcurrentMap<Long, Instant> lastWrite = new ConcurrentHashMap<>();

  public SightingThrottle(Duration interval) {
    if (interval.isNegative()) {
      throw new IllegalArgumentException("interval must not be negative");
    }
    this.interval = interval;
  }

  /** True for exactly one caller per device per interval; that caller should write. */
  public boolean admit(long deviceId, Instant now) {
    boolean[] admitted = {false};
    lastWrite.compute(
        deviceId,
        (id, previous) -> {
          if (previous == null || !now.isBefore(previous.plus(interval))) {
            admitted[0] = true;
            return now;
          }
          return previous;
        });
    return admitted[0];
  }

  /** Forgets a failed write, so the next sighting tries again instead of waiting an interval. */
  public void forget(long deviceId, Instant at) {
    lastWrite.remove(deviceId, at);
  }
}
