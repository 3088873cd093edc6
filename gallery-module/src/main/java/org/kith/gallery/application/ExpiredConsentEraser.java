package org.kith.gallery.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kith.api.audit.AuditAction;
import org.kith.gallery.domain.Consent;
import org.kith.gallery.domain.KnownPerson;

/** Erases one expired consent's templates in a transaction of its own. */
@Stateless
public class ExpiredConsentEraser {
  @PersistenceContext(unitName = "gallery")
  EntityManager em;

  @jakarta.inject.Inject ConsentErasure erasure;
  @jakarta.inject.Inject GalleryAudit audit;
  @jakarta.inject.Inject org.kith.gallery.domain.PatientRepository patients;

  public void erase(long consentId) {
    Consent consent = em.find(Consent.class, consentId);
    KnownPerson person = em.find(KnownPerson.class, consent.personId());
    patients.lockGallery(person.patientId());
    audit.change(
        person.clinic(),
        Actor.SYSTEM,
        AuditAction.CONSENT_EXPIRED,
        person.patientId(),
        "CONSENT",
        consentId,
        null);
    erasure.erase(
        person.clinic(), person.patientId(), person.id(), "consent-expired", Actor.SYSTEM);
  }
}
