package org.kith.api.audit;

import java.time.Instant;

/**
 * One event to append to a clinic's audit chain. The clinic is named here because the sender is a
 * Kith module (role {@code platform-service}) acting for a caller of that clinic.
 *
 * @param occurredAt when it happened; null means when the audit log receives it
 * @param patientRef the patient's pseudonymous id, never a name
 * @param target what an administrative change was made to; null for identifications
 * @param identification set for {@link AuditAction#IDENTIFICATION} only
 * @param correctsEventId for {@link AuditAction#FEEDBACK}: the audit event id the feedback corrects
 * @param reason a stable code or short explanation (a failure's error code, the feedback's kind);
 *     never personal data
 */
public record AuditEntry(
    String clinicId,
    Instant occurredAt,
    AuditAction action,
    AuditOutcome outcome,
    AuditActor actor,
    String requestId,
    String patientRef,
    String deviceId,
    AuditTarget target,
    AuditedIdentification identification,
    Long correctsEventId,
    String reason) {}
