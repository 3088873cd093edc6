package org.kith.gallery.application;

import org.kith.api.tenancy.ClinicId;

/** Reports that an identify answer was right or wrong, linked to its audit event. */
public interface Feedbacks {
  /**
   * @param deviceClientId the reporting device, or null for a clinician
   * @return the feedback's own audit event id
   */
  long report(
      ClinicId clinic,
      Actor actor,
      String deviceClientId,
      long auditEventId,
      boolean correct,
      Long actualPersonId);
}
