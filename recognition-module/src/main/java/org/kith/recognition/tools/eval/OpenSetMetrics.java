package org.kith.recognition.tools.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Open-set identification in NIST's 1:N terms. At threshold t: FPIR(t) is the fraction of non-mated
 * searches (strangers) whose best candidate scores at least t, i.e. a stranger wrongly named;
 * DIR(t) = 1 − FNIR(t) is the fraction of mated searches whose mate is the rank-1 candidate with a
 * score of at least t. DIR at a target FPIR uses the lowest threshold whose FPIR does not exceed
 * the target. A target is {@code supported} only when target × non-mated searches ≥ 1.
 */
public final class OpenSetMetrics {

  /** DIR at one target FPIR and how many non-mated searches stand behind it. */
  public record Point(
      double targetFpir,
      int nonMatedSearches,
      boolean supported,
      double dir,
      double fpir,
      double threshold) {}

  private final RocCurve curve;

  private OpenSetMetrics(RocCurve curve) {
    this.curve = curve;
  }

  /** Needs at least one mated and one non-mated search. */
  public static OpenSetMetrics of(List<SearchResult> results) {
    List<Double> mated = new ArrayList<>();
    List<Double> strangers = new ArrayList<>();
    for (SearchResult r : results) {
      if (r.mated()) {
        // A mate not at rank 1 is never a correct identification, whatever the threshold.
        mated.add(r.mateRank() == 1 ? r.mateScore() : Double.NEGATIVE_INFINITY);
      } else {
        strangers.add(r.topScore());
      }
    }
    return new OpenSetMetrics(
        RocCurve.of(
            mated.stream().mapToDouble(Double::doubleValue).toArray(),
            strangers.stream().mapToDouble(Double::doubleValue).toArray()));
  }

  public Point dirAtFpir(double targetFpir) {
    RocCurve.OperatingPoint p = curve.tarAtFar(targetFpir);
    return new Point(targetFpir, p.impostors(), p.supported(), p.tar(), p.far(), p.threshold());
  }

  /** (FPIR, FNIR) at every threshold: the open-set DET curve. */
  public List<RocCurve.Point> curve() {
    return curve.points();
  }
}
