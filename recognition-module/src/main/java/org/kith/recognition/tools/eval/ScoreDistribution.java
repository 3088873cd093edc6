package org.kith.recognition.tools.eval;

/**
 * Count, mean, standard deviation (population) and range of a set of scores; {@link #dPrime}
 * measures how far apart the genuine and impostor distributions lie.
 */
public record ScoreDistribution(int count, double mean, double std, double min, double max) {

  public static ScoreDistribution of(double[] scores) {
    if (scores.length == 0) {
      return new ScoreDistribution(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double s : scores) {
      sum += s;
      min = Math.min(min, s);
      max = Math.max(max, s);
    }
    double mean = sum / scores.length;
    double squares = 0;
    for (double s : scores) {
      squares += (s - mean) * (s - mean);
    }
    return new ScoreDistribution(scores.length, mean, Math.sqrt(squares / scores.length), min, max);
  }

  /**
   * Decidability d′ = |μ_g − μ_i| / √((σ_g² + σ_i²) / 2) (Daugman): the distance between the two
   * means in units of their pooled standard deviation.
   */
  public static double dPrime(ScoreDistribution genuine, ScoreDistribution impostor) {
    double pooled = Math.sqrt((genuine.std * genuine.std + impostor.std * impostor.std) / 2);
    return Math.abs(genuine.mean - impostor.mean) / pooled;
  }
}
