package org.kith.recognition.tools.eval;

/** Head-pose buckets by absolute yaw in degrees: [0, 15), [15, 30), [30, 45), ≥ 45. */
public enum YawBucket {
  YAW_0_15("0–15°", 0, 15),
  YAW_15_30("15–30°", 15, 30),
  YAW_30_45("30–45°", 30, 45),
  YAW_OVER_45(">45°", 45, Double.POSITIVE_INFINITY);

  private final String label;
  private final double from;
  private final double to;

  YawBucket(String label, double from, double to) {
    this.label = label;
    this.from = from;
    this.to = to;
  }

  public String label() {
    return label;
  }

  /** The bucket of a yaw angle (either sign). */
  public static YawBucket of(double yawDegrees) {
    double a = Math.abs(yawDegrees);
    for (YawBucket b : values()) {
      if (a >= b.from && a < b.to) {
        return b;
      }
    }
    throw new IllegalArgumentException("not an angle: " + yawDegrees);
  }
}
