package org.kith.audit.interfaces.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kith.audit.domain.AuditRecord;
import org.kith.audit.domain.AuditedFaceRecord;
import org.kith.audit.domain.QualityValues;

/** An audit event as the review API shows it, with its place in the chain. */
public record AuditEventRepresentation(
    long id,
    String clinicId,
    long sequence,
    Instant occurredAt,
    Instant recordedAt,
    String action,
    String outcome,
    String actorSubject,
    String actorRole,
    String actorAddress,
    String requestId,
    String patientRef,
    String deviceId,
    String targetType,
    String targetId,
    Long correctsEventId,
    String reason,
    String modelId,
    String modelVersion,
    Long latencyMillis,
    List<Face> faces,
    String previousHash,
    String hash) {

  /** One face of an identification. */
  public record Face(
      int index,
      String decision,
      String candidatePersonId,
      BigDecimal score,
      BigDecimal runnerUpMargin,
      BigDecimal thresholdKnown,
      BigDecimal thresholdUncertain,
      String thresholdContext,
      Map<String, BigDecimal> quality) {
    static Face of(AuditedFaceRecord f) {
      return new Face(
          f.index(),
          f.decision(),
          f.candidatePersonId(),
          f.score(),
          f.runnerUpMargin(),
          f.thresholdKnown(),
          f.thresholdUncertain(),
          f.thresholdContext(),
          QualityValues.parse(f.quality()));
    }
  }

  static AuditEventRepresentation of(AuditRecord r) {
    return new AuditEventRepresentation(
        r.id(),
        r.clinicId(),
        r.sequence(),
        r.occurredAt(),
        r.recordedAt(),
        r.action(),
        r.outcome(),
        r.actorSubject(),
        r.actorRole(),
        r.actorAddress(),
        r.requestId(),
        r.patientRef(),
        r.deviceId(),
        r.targetType(),
        r.targetId(),
        r.correctsEventId(),
        r.reason(),
        r.modelId(),
        r.modelVersion(),
        r.latencyMillis(),
        r.faces().stream().map(Face::of).toList(),
        r.previousHash(),
        r.hash());
  }
}
