package org.kith.gallery.domain.encounter;

import java.util.Optional;
import org.kith.api.audit.FaceDecision;
import org.kith.gallery.domain.matching.MatchThresholds;
import org.kith.gallery.domain.matching.PersonScore;
import org.kith.gallery.domain.matching.Ranking;

/**
 * A track's decision from its evidence, or none yet.
 *
 * <p>KNOWN needs {@link TrackRules#minFrames} good frames, the fused probe scoring at least the
 * accept threshold with a clear lead over the runner-up (the same margin rule as a single image, so
 * an enrolled look-alike makes it uncertain), and most frames ranking that person first on their
 * own. UNKNOWN (a stranger) needs more frames, {@link TrackRules#strangerFrames}, with the fused
 * probe below the reject threshold: saying "someone you have not met" to a patient about their
 * daughter is a miss they will notice, so it waits for more evidence than a name does. UNCERTAIN is
 * what a track that has had {@link TrackRules#uncertainFrames} good frames and is neither gets.
 */
public record TrackDecision(
    FaceDecision decision,
    Optional<PersonScore> candidate,
    Optional<Double> margin,
    double agreement,
    int framesUsed,
    MatchThresholds thresholds) {

  public static Optional<TrackDecision> of(
      TrackEvidence evidence, Ranking fused, MatchThresholds thresholds, TrackRules rules) {
    int n = evidence.count();
    Optional<PersonScore> best = fused.best();
    Optional<Double> margin = fused.margin();
    double agreement = best.map(b -> evidence.agreement(b.personId())).orElse(0.0);
    double score = best.map(PersonScore::score).orElse(Double.NEGATIVE_INFINITY);
    boolean clearLead = margin.map(m -> m >= thresholds.margin()).orElse(true);
    if (n >= rules.minFrames()
        && score >= thresholds.accept()
        && clearLead
        && agreement >= rules.agreement()) {
      return Optional.of(
          new TrackDecision(FaceDecision.KNOWN, best, margin, agreement, n, thresholds));
    }
    if (n >= rules.strangerFrames() && score < thresholds.reject()) {
      return Optional.of(
          new TrackDecision(FaceDecision.UNKNOWN, best, margin, agreement, n, thresholds));
    }
    if (n >= rules.uncertainFrames()) {
      return Optional.of(
          new TrackDecision(FaceDecision.UNCERTAIN, best, margin, agreement, n, thresholds));
    }
    return Optional.empty();
  }
}
