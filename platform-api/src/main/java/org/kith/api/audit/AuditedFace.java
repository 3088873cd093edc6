package org.kith.api.audit;

import java.util.Map;

/**
 * One face of an identification: the decision, the best candidate (opaque person id, null when
 * none), its score, the margin to the runner-up, the thresholds applied and the face's quality
 * values (for example {@code sharpness}, {@code yaw}). Never the image or the embedding.
 */
public record AuditedFace(
    FaceDecision decision,
    String candidatePersonId,
    Double score,
    Double runnerUpMargin,
    AppliedThresholds thresholds,
    Map<String, Double> quality) {}
