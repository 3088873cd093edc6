package org.kith.gallery.domain.encounter;

import org.kith.api.recognition.FaceEmbedding;
import org.kith.gallery.domain.matching.MatchThresholds;
import org.kith.gallery.domain.matching.Ranking;

/**
 * The patient's gallery as one frame sees it: persons with an active consent, ranked for a probe,
 * and the thresholds of the probe's model.
 */
public interface TrackMatcher {
  Ranking rank(FaceEmbedding probe);

  MatchThresholds thresholds(String modelKey);

  /** Whether this person can still be named (still enrolled, consent active). */
  boolean canName(long personId);
}
