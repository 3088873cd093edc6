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

  /**
   * Deletes the person's templates of earlier embedding models (which no longer match), keeping
   * those of the running model; returns how many were deleted. Throws {@code
   * RECOGNITION_UNAVAILABLE} while the running model is not known.
   */
  int deleteStale(ClinicId clinic, long patientId, long personId);

  TemplateSummary summary(ClinicId clinic, long personId);
}
