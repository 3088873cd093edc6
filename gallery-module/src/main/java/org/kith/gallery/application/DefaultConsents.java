package org.kith.gallery.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.kith.api.audit.AuditAction;
import org.kith.api.problem.KithException;
import org.kith.api.problem.NotFoundException;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.Consent;
import org.kith.gallery.domain.ConsentRepository;
import org.kith.gallery.domain.ConsentStatus;
import org.kith.gallery.domain.ConsentTerms;
import org.kith.gallery.domain.KnownPerson;
import org.kith.gallery.domain.PatientRepository;

@Stateless
public class DefaultConsents implements Consents {
  @Inject KnownPersons persons;
  @Inject PatientRepository patients;
  @Inject ConsentRepository consents;
  @Inject ConsentErasure erasure;
  @Inject GalleryAudit audit;

  @Override
  public Consent record(
      ClinicId clinic, long patientId, long personId, ConsentTerms terms, String by) {
    Instant now = Instant.now(Clock.systemUTC());
    KnownPerson person = persons.get(clinic, patientId, personId);
    patients.lockGallery(patientId);
    ConsentTerms valid = terms.validatedAt(now);
    boolean active =
        consents.history(clinic, personId).stream()
            .anyMatch(c -> c.statusAt(now) == ConsentStatus.ACTIVE);
    if (active) {
      throw new KithException(
          GalleryErrors.CONSENT_ALREADY_ACTIVE,
          "person "
              + personId
              + " already has an active consent; withdraw it before recording a new one");
    }
    Consent consent = new Consent(person, valid, by, now);
    consents.add(consent);
    audit.change(clinic, AuditAction.CONSENT_GIVEN, patientId, "CONSENT", consent.id());
    return consent;
  }

  @Override
  public List<Consent> history(ClinicId clinic, long patientId, long personId) {
    persons.get(clinic, patientId, personId);
    return consents.history(clinic, personId);
  }

  @Override
  public Consent withdraw(
      ClinicId clinic, long patientId, long personId, long consentId, String by) {
    persons.get(clinic, patientId, personId);
    // First the patient's lock, as every change to their templates takes it: a withdrawal never
    // deadlocks with an enrolment of someone else of the same patient.
    patients.lockGallery(patientId);
    Consent consent =
        consents
            .find(clinic, personId, consentId)
            .orElseThrow(() -> new NotFoundException("consent", consentId));
    if (!consent.withdraw(by, Instant.now(Clock.systemUTC()))) {
      throw new KithException(
          GalleryErrors.CONSENT_ALREADY_WITHDRAWN,
          "consent " + consentId + " was already withdrawn");
    }
    audit.change(clinic, AuditAction.CONSENT_WITHDRAWN, patientId, "CONSENT", consentId);
    erasure.erase(clinic, patientId, personId, "consent-withdrawn", null);
    return consent;
  }
}
