package org.kith.recognition.tools.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Enrolled templates per identity. A probe's score against an identity is the highest cosine
 * similarity to any of that identity's templates; identities are ranked by that score.
 */
public final class Gallery {
  private final Map<String, List<float[]>> templates;

  public Gallery(Map<String, List<float[]>> templates) {
    Map<String, List<float[]>> copy = new LinkedHashMap<>();
    templates.forEach(
        (identity, list) -> {
          if (!list.isEmpty()) {
            copy.put(identity, List.copyOf(list));
          }
        });
    this.templates = copy;
  }

  public int identities() {
    return templates.size();
  }

  public boolean contains(String identity) {
    return templates.containsKey(identity);
  }

  /** The probe's score against each identity. */
  public Map<String, Double> scores(float[] probe) {
    Map<String, Double> scores = new LinkedHashMap<>();
    templates.forEach(
        (identity, list) -> {
          double best = Double.NEGATIVE_INFINITY;
          for (float[] t : list) {
            best = Math.max(best, Cosine.similarity(probe, t));
          }
          scores.put(identity, best);
        });
    return scores;
  }

  /**
   * Searches for a probe. For a mated search ({@code identity} not null) the mate's rank counts
   * ties against it: rank = 1 + the number of other identities scoring at least as high.
   */
  public SearchResult search(float[] probe, String identity) {
    Map<String, Double> scores = scores(probe);
    double top =
        scores.values().stream()
            .mapToDouble(Double::doubleValue)
            .max()
            .orElse(Double.NEGATIVE_INFINITY);
    if (identity == null) {
      return SearchResult.nonMated(top);
    }
    Double mate = scores.get(identity);
    if (mate == null) {
      return SearchResult.mated(0, Double.NaN, top);
    }
    int rank = 1;
    for (Map.Entry<String, Double> e : scores.entrySet()) {
      if (!e.getKey().equals(identity) && e.getValue() >= mate) {
        rank++;
      }
    }
    return SearchResult.mated(rank, mate, top);
  }

  /** All templates per identity (for separation statistics). */
  public Map<String, List<float[]>> templates() {
    return new LinkedHashMap<>(templates);
  }
}
