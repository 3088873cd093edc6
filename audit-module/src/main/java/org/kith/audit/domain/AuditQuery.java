package org.kith.audit.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a reviewer filters a clinic's events by; null means "any". Decision, person and score range
 * match an identification when one of its faces matches all three.
 */
public record AuditQuery(
    Instant from,
    Instant to,
    String patientRef,
    String deviceId,
    String action,
    String decision,
    String personId,
    BigDecimal minScore,
    BigDecimal maxScore) {

  public static final AuditQuery ALL =
      new AuditQuery(null, null, null, null, null, null, null, null, null);

  public boolean filtersFaces() {
    return decision != null || personId != null || minScore != null || maxScore != null;
  }
}
