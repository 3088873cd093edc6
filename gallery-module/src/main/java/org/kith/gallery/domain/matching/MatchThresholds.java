package org.kith.gallery.domain.matching;

/**
 * The open-set thresholds for one model in one probe context: KNOWN needs a score of at least
 * {@code accept} and a lead of at least {@code margin} over the next person; a score of at least
 * {@code reject} that is not KNOWN is UNCERTAIN; anything lower is UNKNOWN.
 */
public record MatchThresholds(double accept, double reject, double margin) {
  public MatchThresholds {
    if (reject > accept) {
      throw new IllegalArgumentException(
          "the reject threshold must not exceed the accept threshold");
    }
    if (margin < 0) {
      throw new IllegalArgumentException("the margin must not be negative");
    }
  }
}
