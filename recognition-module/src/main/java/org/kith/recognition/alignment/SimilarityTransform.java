package org.kith.recognition.alignment;

/**
 * A 2-D similarity (rotation, uniform scale, translation): {@code (x', y') = [a −b; b a]·(x, y) +
 * (tx, ty)}. Used to map crop pixels to image pixels when sampling a crop, and back.
 */
public record SimilarityTransform(double a, double b, double tx, double ty) {

  /**
   * The least-squares similarity taking {@code from[i]} to {@code to[i]} (Umeyama 1991, closed form
   * in 2-D). Points are {x, y} pairs; at least two, not all equal.
   */
  public static SimilarityTransform estimate(double[][] from, double[][] to) {
    int n = from.length;
    if (n < 2 || to.length != n) {
      throw new IllegalArgumentException("need at least two matching point pairs");
    }
    double mfx = 0, mfy = 0, mtx = 0, mty = 0;
    for (int i = 0; i < n; i++) {
      mfx += from[i][0] / n;
      mfy += from[i][1] / n;
      mtx += to[i][0] / n;
      mty += to[i][1] / n;
    }
    double dot = 0, cross = 0, variance = 0;
    for (int i = 0; i < n; i++) {
      double fx = from[i][0] - mfx, fy = from[i][1] - mfy;
      double px = to[i][0] - mtx, py = to[i][1] - mty;
      dot += fx * px + fy * py;
      cross += fx * py - fy * px;
      variance += fx * fx + fy * fy;
    }
    if (variance == 0) {
      throw new IllegalArgumentException("source points are all equal");
    }
    double a = dot / variance;
    double b = cross / variance;
    return new SimilarityTransform(a, b, mtx - (a * mfx - b * mfy), mty - (b * mfx + a * mfy));
  }

  /** Rotation by {@code angle} radians and scale {@code scale} about the origin, then a shift. */
  public static SimilarityTransform of(double scale, double angle, double tx, double ty) {
    return new SimilarityTransform(scale * Math.cos(angle), scale * Math.sin(angle), tx, ty);
  }

  public double x(double x, double y) {
    return a * x - b * y + tx;
  }

  public double y(double x, double y) {
    return b * x + a * y + ty;
  }

  public double scale() {
    return Math.hypot(a, b);
  }

  public SimilarityTransform inverse() {
    double d = a * a + b * b;
    double ia = a / d;
    double ib = -b / d;
    return new SimilarityTransform(ia, ib, -(ia * tx - ib * ty), -(ib * tx + ia * ty));
  }
}
