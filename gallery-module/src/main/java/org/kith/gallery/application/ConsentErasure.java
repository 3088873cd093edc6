package org.kith.gallery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.kith.api.audit.AuditAction;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.FaceTemplateRepository;
import org.kith.gallery.domain.PatientRepository;

/**
 * Erases a person's templates (and thumbnail) when their consent ends, in the caller's transaction:
 * the rows go, the patient's gallery version advances, the erasure is audited, and after commit
 * this instance's index drops the person (other instances see the new version on their next
 * identify).
 */
@ApplicationScoped
public class ConsentErasure {
  private static final Logger LOG = Logger.getLogger(ConsentErasure.class.getName());

  @Inject FaceTemplateRepository templates;
  @Inject PatientRepository patients;
  @Inject GalleryAudit audit;
  @Inject Event<TemplatesErased> erased;
  @Inject Thumbnails thumbnails;

  /**
   * @param actor who ended the consent; null means the current caller
   * @return how many templates were erased
   */
  public int erase(ClinicId clinic, long patientId, long personId, String reason, Actor actor) {
    int count = templates.removeAllOf(clinic, personId);
    boolean thumbnail = thumbnails.erase(clinic, personId);
    String why = reason + ", " + count + " template(s)" + (thumbnail ? " and the thumbnail" : "");
    if (actor == null) {
      audit.change(clinic, AuditAction.TEMPLATE_ERASED, patientId, "PERSON", personId);
    } else {
      audit.change(clinic, actor, AuditAction.TEMPLATE_ERASED, patientId, "PERSON", personId, why);
    }
    long version = patients.advanceGalleryVersion(patientId);
    erased.fire(new TemplatesErased(patientId, version, personId, Optional.empty()));
    LOG.info(() -> "GAL-090 templates erased at the end of a consent: " + count);
    return count;
  }
}
