package org.kith.recognition.tools.eval;

/**
 * The confusion matrix of a verification decision at one threshold (accept when score ≥ threshold)
 * and the rates paper 000 reports from it. A rate whose denominator is zero is NaN.
 */
public record VerificationMetrics(
    double threshold,
    int truePositives,
    int falsePositives,
    int trueNegatives,
    int falseNegatives) {

  /** Counts the decisions on these scores at {@code threshold}. */
  public static VerificationMetrics at(double threshold, double[] genuine, double[] impostor) {
    int tp = 0;
    for (double s : genuine) {
      if (s >= threshold) {
        tp++;
      }
    }
    int fp = 0;
    for (double s : impostor) {
      if (s >= threshold) {
        fp++;
      }
    }
    return new VerificationMetrics(threshold, tp, fp, impostor.length - fp, genuine.length - tp);
  }

  public int total() {
    return truePositives + falsePositives + trueNegatives + falseNegatives;
  }

  public double accuracy() {
    return ratio(truePositives + trueNegatives, total());
  }

  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  /** Recall = sensitivity = TAR = TPR. */
  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  public double specificity() {
    return ratio(trueNegatives, trueNegatives + falsePositives);
  }

  /** False positive rate = FAR = FMR. */
  public double falsePositiveRate() {
    return ratio(falsePositives, falsePositives + trueNegatives);
  }

  /** False negative rate = FRR = FNMR. */
  public double falseNegativeRate() {
    return ratio(falseNegatives, falseNegatives + truePositives);
  }

  public double negativePredictiveValue() {
    return ratio(trueNegatives, trueNegatives + falseNegatives);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? Double.NaN : 2 * p * r / (p + r);
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? Double.NaN : (double) numerator / denominator;
  }
}
