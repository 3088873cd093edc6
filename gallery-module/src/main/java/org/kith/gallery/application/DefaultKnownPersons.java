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
import org.kith.gallery.domain.ConsentRepository;
import org.kith.gallery.domain.ConsentStatus;
import org.kith.gallery.domain.KnownPerson;
import org.kith.gallery.domain.KnownPersonRepository;
import org.kith.gallery.domain.PatientRepository;
import org.kith.gallery.domain.PersonDetails;

@Stateless
public class DefaultKnownPersons implements KnownPersons {
  @Inject PatientRepository patients;
  @Inject KnownPersonRepository persons;
  @Inject ConsentRepository consents;
  @Inject GalleryAudit audit;
  @Inject ConsentErasure erasure;
  @Inject Actors actors;

  @Override
  public KnownPerson add(ClinicId clinic, long patientId, PersonDetails details, String by) {
    var patient =
        patients
            .find(clinic, patientId)
            .orElseThrow(() -> new NotFoundException("patient", patientId));
    KnownPerson person = new KnownPerson(patient, details, by, Instant.now(Clock.systemUTC()));
    persons.add(person);
    audit.change(clinic, AuditAction.PERSON_CREATED, patientId, "PERSON", person.id());
    return person;
  }

  @Override
  public KnownPerson get(ClinicId clinic, long patientId, long personId) {
    return persons
        .find(clinic, patientId, personId)
        .orElseThrow(() -> new NotFoundException("person", personId));
  }

  @Override
  public List<KnownPerson> list(ClinicId clinic, long patientId, int offset, int limit) {
    patients.find(clinic, patientId).orElseThrow(() -> new NotFoundException("patient", patientId));
    return persons.list(clinic, patientId, offset, limit);
  }

  @Override
  public KnownPerson describe(
      ClinicId clinic, long patientId, long personId, PersonDetails details, Long expectedVersion) {
    KnownPerson person = get(clinic, patientId, personId);
    if (expectedVersion != null && expectedVersion != person.version()) {
      throw new KithException(
          GalleryErrors.STALE_VERSION,
          "person " + personId + " is at version " + person.version() + ", not " + expectedVersion);
    }
    person.describe(details);
    audit.change(clinic, AuditAction.PERSON_CHANGED, patientId, "PERSON", personId);
    return person;
  }

  @Override
  public ConsentStatus consentStatus(ClinicId clinic, long personId) {
    return consents.history(clinic, personId).stream()
        .findFirst()
        .map(c -> c.statusAt(Instant.now(Clock.systemUTC())))
        .orElse(ConsentStatus.NONE);
  }

  @Override
  public Removal remove(ClinicId clinic, long patientId, long personId) {
    KnownPerson person = get(clinic, patientId, personId);
    patients.lockGallery(patientId);
    Actor actor = actors.current();
    // Templates and thumbnail first, through the same path as a consent's end, so the index drops
    // the person after commit; the consents' evidence goes with them (ON DELETE CASCADE).
    int templates = erasure.erase(clinic, patientId, personId, "person removed", actor);
    int records = consents.removeAllOf(clinic, personId);
    persons.remove(person);
    audit.change(
        clinic,
        actor,
        AuditAction.PERSON_ERASED,
        patientId,
        "PERSON",
        personId,
        "person removed with " + records + " consent record(s)");
    return new Removal(templates, records);
  }
}
