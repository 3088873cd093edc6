package org.kith.recognition.tools.eval;

import java.util.List;

/**
 * Closed-set identification over the mated searches: the CMC curve (the fraction of searches whose
 * mate is within the first k candidates) from rank 1 to {@code maxRank}; Rank-1 is its first value.
 * Searches whose mate could not be ranked (no face in the probe, or no usable gallery image for the
 * person) count as misses at every rank.
 */
public record IdentificationMetrics(int searches, double[] cmc) {

  public static IdentificationMetrics of(List<SearchResult> results, int maxRank) {
    List<SearchResult> mated = results.stream().filter(SearchResult::mated).toList();
    double[] cmc = new double[maxRank];
    for (int rank = 1; rank <= maxRank; rank++) {
      final int r = rank;
      long hits = mated.stream().filter(s -> s.hitWithin(r)).count();
      cmc[rank - 1] = mated.isEmpty() ? Double.NaN : (double) hits / mated.size();
    }
    return new IdentificationMetrics(mated.size(), cmc);
  }

  public double rank1() {
    return cmc[0];
  }

  /** The identification rate at {@code rank} (1-based). */
  public double rate(int rank) {
    return cmc[rank - 1];
  }
}
