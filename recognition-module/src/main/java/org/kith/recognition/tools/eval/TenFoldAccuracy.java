package org.kith.recognition.tools.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Verification accuracy by k-fold cross-validation, as the LFW protocol does it: the pairs are cut,
 * in file order, into k contiguous folds; each fold is scored at the {@link BestThreshold} of the
 * other k − 1 folds. Reports the mean, the sample standard deviation (n − 1) and the standard error
 * of the mean (std / √k, what LFW's results page prints after ±).
 */
public record TenFoldAccuracy(List<Fold> folds, double mean, double std, double standardError) {

  /** One fold: its pair range [from, to), the threshold chosen on the rest and its accuracy. */
  public record Fold(int from, int to, double threshold, double accuracy) {}

  public static final int FOLDS = 10;

  /** Ten folds of these labelled scores, in the order given. */
  public static TenFoldAccuracy of(double[] scores, boolean[] genuine) {
    return of(scores, genuine, FOLDS);
  }

  /** {@code k} folds; needs at least k pairs. */
  public static TenFoldAccuracy of(double[] scores, boolean[] genuine, int k) {
    int n = scores.length;
    if (genuine.length != n || k < 2 || n < k) {
      throw new IllegalArgumentException(k + " folds need at least " + k + " labelled pairs");
    }
    List<Fold> folds = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      int from = (int) ((long) f * n / k);
      int to = (int) ((long) (f + 1) * n / k);
      double[] trainScores = new double[n - (to - from)];
      boolean[] trainLabels = new boolean[trainScores.length];
      int t = 0;
      for (int p = 0; p < n; p++) {
        if (p < from || p >= to) {
          trainScores[t] = scores[p];
          trainLabels[t++] = genuine[p];
        }
      }
      double threshold = BestThreshold.of(trainScores, trainLabels);
      int correct = 0;
      for (int p = from; p < to; p++) {
        correct += (scores[p] >= threshold) == genuine[p] ? 1 : 0;
      }
      folds.add(new Fold(from, to, threshold, (double) correct / (to - from)));
    }
    double mean = folds.stream().mapToDouble(Fold::accuracy).average().orElseThrow();
    double squares =
        folds.stream().mapToDouble(f -> (f.accuracy() - mean) * (f.accuracy() - mean)).sum();
    double std = Math.sqrt(squares / (k - 1));
    return new TenFoldAccuracy(List.copyOf(folds), mean, std, std / Math.sqrt(k));
  }
}
