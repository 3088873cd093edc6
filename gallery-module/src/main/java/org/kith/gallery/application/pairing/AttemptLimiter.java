package org.kith.gallery.application.pairing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * At most {@code limit} attempts per key within a sliding {@code window}. The keys are bounded too,
 * so that a caller inventing keys (addresses, codes) cannot grow the map without end: beyond {@code
 * maxKeys} live keys every new key is refused until old ones age out.
 */
public final class AttemptLimiter {
  private final int limit;
  private final Duration window;
  private final int maxKeys;
  private final Map<String, Deque<Instant>> attempts = new HashMap<>();

  public AttemptLimiter(int limit, Duration window, int maxKeys) {
    if (limit < 1 || maxKeys < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a limiter needs a positive limit, window and key count");
    }
    this.limit = limit;
    this.window = window;
    this.maxKeys = maxKeys;
  }

  /** Counts an attempt and says whether it is allowed; a refused attempt is not counted. */
  public synchronized boolean tryAcquire(String key, Instant now) {
    Instant since = now.minus(window);
    Deque<Instant> times = attempts.get(key);
    if (times == null) {
      if (attempts.size() >= maxKeys) {
        attempts.values().removeIf(t -> prune(t, since));
        if (attempts.size() >= maxKeys) {
          return false;
        }
      }
      times = new ArrayDeque<>();
      attempts.put(key, times);
    }
    prune(times, since);
    if (times.size() >= limit) {
      return false;
    }
    times.addLast(now);
    return true;
  }

  /** Drops the times before {@code since}; says whether none is left. */
  private static boolean prune(Deque<Instant> times, Instant since) {
    while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
      times.removeFirst();
    }
    return times.isEmpty();
  }
}
