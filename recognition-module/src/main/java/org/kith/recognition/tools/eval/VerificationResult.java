package org.kith.recognition.tools.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every verification number for one condition. A pair in which either image yielded no embedding
 * (failure to detect, unreadable or refused image) is scored {@link #FAILED_PAIR_SCORE}, the lowest
 * cosine similarity: it counts as a rejection, so a genuine failed pair is a false reject and an
 * impostor failed pair a true reject. Score distributions leave failed pairs out.
 */
public record VerificationResult(
    String condition,
    int genuinePairs,
    int impostorPairs,
    int failedGenuinePairs,
    int failedImpostorPairs,
    double[] genuineScores,
    double[] impostorScores,
    RocCurve roc,
    TenFoldAccuracy tenFold,
    VerificationMetrics atBestThreshold,
    VerificationMetrics atDeployedThreshold,
    List<RocCurve.OperatingPoint> tarAtFar,
    RocCurve.EqualErrorRate eer,
    ScoreDistribution genuine,
    ScoreDistribution impostor) {

  public static final double FAILED_PAIR_SCORE = -1;

  /** The FAR targets reported; those with fewer than one impostor behind them are so marked. */
  public static final double[] FAR_TARGETS = {1e-1, 1e-2, 1e-3, 1e-4, 1e-5};

  /**
   * Scores the pairs in file order with the images' results looked up by {@code first} and {@code
   * second}; {@code deployedThreshold} may be null.
   */
  public static VerificationResult of(
      String condition,
      List<VerificationPair> pairs,
      Function<String, ImageResult> first,
      Function<String, ImageResult> second,
      Double deployedThreshold) {
    double[] scores = new double[pairs.size()];
    boolean[] labels = new boolean[pairs.size()];
    List<Double> genuine = new ArrayList<>();
    List<Double> impostor = new ArrayList<>();
    List<Double> genuineOk = new ArrayList<>();
    List<Double> impostorOk = new ArrayList<>();
    int failedGenuine = 0;
    int failedImpostor = 0;
    for (int k = 0; k < pairs.size(); k++) {
      VerificationPair p = pairs.get(k);
      ImageResult a = first.apply(p.first());
      ImageResult b = second.apply(p.second());
      boolean ok = a.ok() && b.ok();
      double s = ok ? Cosine.similarity(a.embedding(), b.embedding()) : FAILED_PAIR_SCORE;
      scores[k] = s;
      labels[k] = p.genuine();
      (p.genuine() ? genuine : impostor).add(s);
      if (ok) {
        (p.genuine() ? genuineOk : impostorOk).add(s);
      } else if (p.genuine()) {
        failedGenuine++;
      } else {
        failedImpostor++;
      }
    }
    double[] g = toArray(genuine);
    double[] i = toArray(impostor);
    RocCurve roc = RocCurve.of(g, i);
    List<RocCurve.OperatingPoint> tars = new ArrayList<>();
    for (double far : FAR_TARGETS) {
      tars.add(roc.tarAtFar(far));
    }
    TenFoldAccuracy tenFold =
        pairs.size() >= TenFoldAccuracy.FOLDS ? TenFoldAccuracy.of(scores, labels) : null;
    return new VerificationResult(
        condition,
        g.length,
        i.length,
        failedGenuine,
        failedImpostor,
        g,
        i,
        roc,
        tenFold,
        VerificationMetrics.at(BestThreshold.of(scores, labels), g, i),
        deployedThreshold == null ? null : VerificationMetrics.at(deployedThreshold, g, i),
        List.copyOf(tars),
        roc.equalErrorRate(),
        ScoreDistribution.of(toArray(genuineOk)),
        ScoreDistribution.of(toArray(impostorOk)));
  }

  public double auc() {
    return roc.auc();
  }

  public double dPrime() {
    return ScoreDistribution.dPrime(genuine, impostor);
  }

  /** The operating point at {@code far}, which must be one of {@link #FAR_TARGETS}. */
  public RocCurve.OperatingPoint at(double far) {
    return tarAtFar.stream()
        .filter(p -> p.targetFar() == far)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not a reported FAR: " + far));
  }

  static double[] toArray(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
