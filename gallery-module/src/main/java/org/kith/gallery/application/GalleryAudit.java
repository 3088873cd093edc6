package org.kith.gallery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.kith.api.audit.AuditAction;
import org.kith.api.audit.AuditEntry;
import org.kith.api.audit.AuditLog;
import org.kith.api.audit.AuditOutcome;
import org.kith.api.audit.AuditReceipt;
import org.kith.api.audit.AuditTarget;
import org.kith.api.audit.AuditedIdentification;
import org.kith.api.problem.KithException;
import org.kith.api.tenancy.ClinicId;

/**
 * The gallery's audit records. Administrative changes are audited inside their transaction and fail
 * closed like identify: if the audit log cannot record the change, it is rolled back (503 {@code
 * AUDIT_UNAVAILABLE}), so nothing changes unaudited. Failed and refused calls are audited
 * best-effort: their answer carries no identity, so an audit outage must not hide the real error.
 */
@ApplicationScoped
public class GalleryAudit {
  private static final Logger LOG = Logger.getLogger(GalleryAudit.class.getName());

  @Inject AuditLog log;
  @Inject Actors actors;

  /** Audits a change made by the current caller; throws if it cannot be recorded. */
  public AuditReceipt change(
      ClinicId clinic, AuditAction action, Long patientId, String targetType, Object targetId) {
    return change(clinic, actors.current(), action, patientId, targetType, targetId, null);
  }

  public AuditReceipt change(
      ClinicId clinic,
      Actor actor,
      AuditAction action,
      Long patientId,
      String targetType,
      Object targetId,
      String reason) {
    return log.append(
        new AuditEntry(
            clinic.value(),
            null,
            action,
            AuditOutcome.SUCCESS,
            actor.audit(),
            null,
            patientId == null ? null : patientId.toString(),
            null,
            targetType == null ? null : new AuditTarget(targetType, String.valueOf(targetId)),
            null,
            null,
            reason));
  }

  /**
   * Audits a change to the clinic as a whole: the entry's clinic is its subject, so it names no
   * patient and no target. Throws if it cannot be recorded.
   */
  public AuditReceipt clinicChange(
      ClinicId clinic, Actor actor, AuditAction action, String reason) {
    return change(clinic, actor, action, null, null, null, reason);
  }

  /** The one record of an identification; throws {@code AUDIT_UNAVAILABLE} if not recorded. */
  public AuditReceipt identification(
      ClinicId clinic,
      Actor actor,
      long patientId,
      String deviceId,
      String requestId,
      AuditedIdentification identification) {
    return deviceRecord(
        clinic,
        actor,
        AuditAction.IDENTIFICATION,
        patientId,
        deviceId,
        requestId,
        identification,
        null);
  }

  /**
   * A record of a device's call: an identification, or an encounter opened, closed or a track's
   * decision with its evidence; throws {@code AUDIT_UNAVAILABLE} if not recorded, so nothing is
   * said that the log does not hold.
   */
  public AuditReceipt deviceRecord(
      ClinicId clinic,
      Actor actor,
      AuditAction action,
      long patientId,
      String deviceId,
      String requestId,
      AuditedIdentification decision,
      String reason) {
    return log.append(
        new AuditEntry(
            clinic.value(),
            null,
            action,
            AuditOutcome.SUCCESS,
            actor.audit(),
            requestId,
            Long.toString(patientId),
            deviceId,
            null,
            decision,
            null,
            reason));
  }

  /** Records a failed or refused identification; never throws. */
  public void failedIdentification(
      ClinicId clinic,
      Actor actor,
      Long patientId,
      String deviceId,
      String requestId,
      AuditOutcome outcome,
      String code) {
    try {
      log.append(
          new AuditEntry(
              clinic.value(),
              null,
              AuditAction.IDENTIFICATION,
              outcome,
              actor.audit(),
              requestId,
              patientId == null ? null : patientId.toString(),
              deviceId,
              null,
              null,
              null,
              code));
    } catch (KithException | IllegalArgumentException e) {
      LOG.warning("GAL-060 a failed identification could not be audited: " + e.getMessage());
    }
  }

  /**
   * Records a pairing code that a clinician entered and that paired nothing (unknown, used or
   * expired); never throws, so the clinician still learns what was wrong.
   */
  public void refusedPairing(ClinicId clinic, Long patientId, String reason) {
    try {
      log.append(
          new AuditEntry(
              clinic.value(),
              null,
              AuditAction.DEVICE_PAIRING,
              AuditOutcome.FAILURE,
              actors.current().audit(),
              null,
              patientId == null ? null : patientId.toString(),
              null,
              null,
              null,
              null,
              reason));
    } catch (KithException | IllegalArgumentException e) {
      LOG.warning("GAL-061 a refused pairing could not be audited: " + e.getMessage());
    }
  }

  /** Forwards feedback on an earlier answer; the audit log checks that the event exists. */
  public AuditReceipt feedback(
      ClinicId clinic, Actor actor, Long patientId, String deviceId, long eventId, String reason) {
    return log.append(
        new AuditEntry(
            clinic.value(),
            null,
            AuditAction.FEEDBACK,
            AuditOutcome.SUCCESS,
            actor.audit(),
            null,
            patientId == null ? null : patientId.toString(),
            deviceId,
            null,
            null,
            eventId,
            reason));
  }
}
