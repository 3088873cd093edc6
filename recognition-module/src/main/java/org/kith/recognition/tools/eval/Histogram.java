package org.kith.recognition.tools.eval;

/**
 * Counts of values in {@code bins} equal bins over [low, high]; values outside are clamped into the
 * first or last bin so every value is counted.
 */
public record Histogram(double low, double high, int[] counts) {

  public static Histogram of(double[] values, double low, double high, int bins) {
    if (bins < 1 || !(high > low)) {
      throw new IllegalArgumentException("need at least one bin over a non-empty range");
    }
    int[] counts = new int[bins];
    for (double v : values) {
      int bin = (int) Math.floor((v - low) / (high - low) * bins);
      counts[Math.max(0, Math.min(bins - 1, bin))]++;
    }
    return new Histogram(low, high, counts);
  }

  public double binWidth() {
    return (high - low) / counts.length;
  }

  /** Fraction of all values in each bin. */
  public double[] fractions() {
    long total = 0;
    for (int c : counts) {
      total += c;
    }
    double[] f = new double[counts.length];
    for (int k = 0; k < f.length; k++) {
      f[k] = total == 0 ? 0 : (double) counts[k] / total;
    }
    return f;
  }
}
