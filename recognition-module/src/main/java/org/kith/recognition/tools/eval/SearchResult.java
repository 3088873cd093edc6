package org.kith.recognition.tools.eval;

/**
 * One 1:N search against the gallery. {@code mated} searches show an enrolled person: {@code
 * mateRank} is the rank of that person's identity (1 best; 0 when the mate could not be found at
 * all, e.g. the probe had no face or the person has no usable gallery image) and {@code mateScore}
 * its score. {@code topScore} is the best score over all identities, negative infinity when the
 * search returned no candidate.
 */
public record SearchResult(boolean mated, int mateRank, double mateScore, double topScore) {

  public static SearchResult mated(int rank, double mateScore, double topScore) {
    return new SearchResult(true, rank, mateScore, topScore);
  }

  public static SearchResult nonMated(double topScore) {
    return new SearchResult(false, 0, Double.NaN, topScore);
  }

  /** A search that produced no candidate (failure to detect in the probe). */
  public static SearchResult failed(boolean mated) {
    return new SearchResult(mated, 0, Double.NaN, Double.NEGATIVE_INFINITY);
  }

  /** Whether the mate is within the first {@code rank} candidates. */
  public boolean hitWithin(int rank) {
    return mated && mateRank >= 1 && mateRank <= rank;
  }
}
