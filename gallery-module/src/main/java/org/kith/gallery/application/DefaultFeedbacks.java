package org.kith.gallery.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.kith.api.problem.KithException;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.Device;
import org.kith.gallery.domain.DeviceRepository;

/**
 * Feedback is an audit event of its own ({@code FEEDBACK}, {@code correctsEventId} = the answer's
 * event), appended through the audit log, which refuses events of other clinics. Only the verdict
 * and the opaque id of the actual person are kept: free-text comments could name people, so they
 * are not forwarded.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultFeedbacks implements Feedbacks {
  @Inject GalleryAudit audit;
  @Inject DeviceRepository devices;

  @Override
  public long report(
      ClinicId clinic,
      Actor actor,
      String deviceClientId,
      long auditEventId,
      boolean correct,
      Long actualPersonId) {
    Long patientId = null;
    if (deviceClientId != null) {
      Device device =
          devices
              .findByClient(clinic, deviceClientId)
              .orElseThrow(
                  () ->
                      new KithException(
                          GalleryErrors.DEVICE_UNKNOWN, "the device is not registered"));
      if (!device.isActive()) {
        throw new KithException(
            GalleryErrors.DEVICE_REVOKED, "device " + device.id() + " is revoked");
      }
      patientId = device.patientId();
    }
    String reason =
        correct
            ? "CONFIRMED"
            : "WRONG" + (actualPersonId == null ? "" : " actual-person=" + actualPersonId);
    return audit.feedback(clinic, actor, patientId, deviceClientId, auditEventId, reason).eventId();
  }
}
