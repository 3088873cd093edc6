package org.kith.recognition.tools.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ROC of a verification protocol: one point per distinct score, a pair being accepted when its
 * score is at least the threshold. Points run from (FAR 0, TAR 0) with nothing accepted to (1, 1)
 * with everything accepted.
 */
public final class RocCurve {

  /** One operating point: accept when score ≥ {@code threshold}. */
  public record Point(double threshold, double far, double tar) {
    /** False rejection rate, 1 − TAR (the DET curve's y axis). */
    public double frr() {
      return 1 - tar;
    }
  }

  /** The equal error rate and the threshold where FAR and FRR meet (interpolated). */
  public record EqualErrorRate(double rate, double threshold) {}

  /**
   * TAR at a target FAR: the highest TAR whose observed FAR does not exceed the target. {@code
   * supported} is false when target × impostors < 1, i.e. not even one false accept is allowed and
   * the point says nothing about that FAR; then {@code tar} is NaN.
   */
  public record OperatingPoint(
      double targetFar,
      int impostors,
      boolean supported,
      double tar,
      double far,
      double threshold) {}

  private final List<Point> points;
  private final int genuineCount;
  private final int impostorCount;

  private RocCurve(List<Point> points, int genuineCount, int impostorCount) {
    this.points = List.copyOf(points);
    this.genuineCount = genuineCount;
    this.impostorCount = impostorCount;
  }

  /** The curve of these scores; both sets must be non-empty. */
  public static RocCurve of(double[] genuine, double[] impostor) {
    if (genuine.length == 0 || impostor.length == 0) {
      throw new IllegalArgumentException("a ROC needs genuine and impostor scores");
    }
    double[] g = sortedDescending(genuine);
    double[] i = sortedDescending(impostor);
    List<Point> points = new ArrayList<>();
    points.add(new Point(Double.POSITIVE_INFINITY, 0, 0));
    int gi = 0;
    int ii = 0;
    while (gi < g.length || ii < i.length) {
      double threshold =
          Math.max(
              gi < g.length ? g[gi] : Double.NEGATIVE_INFINITY,
              ii < i.length ? i[ii] : Double.NEGATIVE_INFINITY);
      while (gi < g.length && g[gi] >= threshold) {
        gi++;
      }
      while (ii < i.length && i[ii] >= threshold) {
        ii++;
      }
      points.add(new Point(threshold, (double) ii / i.length, (double) gi / g.length));
    }
    return new RocCurve(points, g.length, i.length);
  }

  private static double[] sortedDescending(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    for (int a = 0, b = sorted.length - 1; a < b; a++, b--) {
      double t = sorted[a];
      sorted[a] = sorted[b];
      sorted[b] = t;
    }
    return sorted;
  }

  public List<Point> points() {
    return points;
  }

  public int genuineCount() {
    return genuineCount;
  }

  public int impostorCount() {
    return impostorCount;
  }

  /**
   * Area under the curve by the trapezoid rule over the step points; equals the probability that a
   * genuine score beats an impostor score, ties counting one half (Mann–Whitney).
   */
  public double auc() {
    double area = 0;
    for (int k = 1; k < points.size(); k++) {
      Point a = points.get(k - 1);
      Point b = points.get(k);
      area += (b.far() - a.far()) * (a.tar() + b.tar()) / 2;
    }
    return area;
  }

  /**
   * Where FAR = FRR: the first step at which FAR reaches FRR, interpolated linearly from the step
   * before (so a curve that passes through (0, 1), i.e. perfect separation, gives 0).
   */
  public EqualErrorRate equalErrorRate() {
    for (int k = 1; k < points.size(); k++) {
      Point b = points.get(k);
      double db = b.far() - b.frr();
      if (db >= 0) {
        Point a = points.get(k - 1);
        double da = a.far() - a.frr();
        double t = da == db ? 1 : -da / (db - da);
        double rate = a.far() + t * (b.far() - a.far());
        double threshold =
            Double.isInfinite(a.threshold())
                ? b.threshold()
                : a.threshold() + t * (b.threshold() - a.threshold());
        return new EqualErrorRate(rate, threshold);
      }
    }
    throw new IllegalStateException("a ROC always ends at FAR 1, FRR 0");
  }

  /** TAR at {@code targetFar}, see {@link OperatingPoint}. */
  public OperatingPoint tarAtFar(double targetFar) {
    boolean supported = targetFar * impostorCount >= 1;
    Point best = points.get(0);
    for (Point p : points) {
      if (p.far() <= targetFar + 1e-12) {
        best = p;
      }
    }
    return new OperatingPoint(
        targetFar,
        impostorCount,
        supported,
        supported ? best.tar() : Double.NaN,
        best.far(),
        best.threshold());
  }

  /** The threshold that keeps FAR at or below the target (see {@link #tarAtFar}). */
  public double thresholdAtFar(double targetFar) {
    return tarAtFar(targetFar).threshold();
  }
}
