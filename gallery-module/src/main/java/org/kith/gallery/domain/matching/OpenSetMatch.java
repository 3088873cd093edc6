package org.kith.gallery.domain.matching;

import java.util.Optional;
import org.kith.api.audit.FaceDecision;

/**
 * The open-set decision for one probe face: KNOWN when the best person scores at least the accept
 * threshold and leads the next person by at least the margin (so a look-alike sibling who is also
 * enrolled turns a would-be KNOWN into UNCERTAIN); UNCERTAIN when the best score is at least the
 * reject threshold; UNKNOWN otherwise, and always when the gallery has no candidate. The best
 * candidate is kept for UNKNOWN too, for the audit log's score histograms; callers never show it.
 */
public record OpenSetMatch(
    FaceDecision decision,
    Optional<PersonScore> candidate,
    Optional<Double> margin,
    MatchThresholds thresholds) {

  public static OpenSetMatch decide(Ranking ranking, MatchThresholds thresholds) {
    Optional<PersonScore> best = ranking.best();
    Optional<Double> margin = ranking.margin();
    if (best.isEmpty()) {
      return new OpenSetMatch(FaceDecision.UNKNOWN, best, margin, thresholds);
    }
    double score = best.get().score();
    boolean clearLead = margin.map(m -> m >= thresholds.margin()).orElse(true);
    if (score >= thresholds.accept() && clearLead) {
      return new OpenSetMatch(FaceDecision.KNOWN, best, margin, thresholds);
    }
    if (score >= thresholds.reject()) {
      return new OpenSetMatch(FaceDecision.UNCERTAIN, best, margin, thresholds);
    }
    return new OpenSetMatch(FaceDecision.UNKNOWN, best, margin, thresholds);
  }
}
