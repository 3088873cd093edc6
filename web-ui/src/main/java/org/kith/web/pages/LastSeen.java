package org.kith.web.pages;

import java.time.Duration;
import java.time.Instant;

/** How a device's last contact with Kith reads on a page, e.g. "Last seen 3 minutes ago". */
public final class LastSeen {
  private LastSeen() {}

  /**
   * "Online" while the gallery counts the device as online, "Never seen" before its first call,
   * otherwise how long ago it was last seen.
   */
  public static String describe(boolean online, Instant lastSeenAt, Instant now) {
    if (online) {
      return "Online";
    }
    if (lastSeenAt == null) {
      return "Never seen";
    }
    return "Last seen " + ago(Duration.between(lastSeenAt, now));
  }

  static String ago(Duration elapsed) {
    long minutes = Math.max(0, elapsed.toMinutes());
    if (minutes < 1) {
      return "less than a minute ago";
    }
    if (minutes < 60) {
      return count(minutes, "minute") + " ago";
    }
    long hours = elapsed.toHours();
    if (hours < 48) {
      return count(hours, "hour") + " ago";
    }
    return count(elapsed.toDays(), "day") + " ago";
  }

  private static String count(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
