package org.kith.gallery.application;

import java.util.List;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.FaceTemplate;
import org.kith.gallery.domain.FaceTemplateRepository.TemplateSummary;

/** Enrolling a known person's face, listing and deleting their templates. */
public interface FaceTemplates {
  /**
   * Turns each acceptable image into a template, in one transaction. Needs an active consent
   * ({@code CONSENT_REQUIRED}); a rejected image stores nothing; if the recognition or audit
   * service fails, nothing of the call is stored.
   */
  List<EnrolmentOutcome> enrol(
      ClinicId clinic, long patientId, long personId, List<UploadedImage> images);

  List<FaceTemplate> list(ClinicId clinic, long patientId, long personId);

  void delete(ClinicId clinic, long patientId, long personId, long templateId);

  TemplateSummary summary(ClinicId clinic, long personId);
}
