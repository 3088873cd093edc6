package org.kith.gallery.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kith.api.audit.AuditAction;
import org.kith.api.problem.CommonErrors;
import org.kith.api.problem.KithException;
import org.kith.api.problem.NotFoundException;
import org.kith.api.recognition.FaceEmbedding;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.Device;
import org.kith.gallery.domain.DeviceIdentities;
import org.kith.gallery.domain.KnownPerson;
import org.kith.gallery.domain.Patient;
import org.kith.gallery.domain.PersonDetails;
import org.kith.gallery.domain.matching.Vectors;

/** Removing a patient: the order of the identity provider's part and the records' part. */
class PatientRemovalTest {
  private static final ClinicId CLINIC = new ClinicId("demo-clinic");
  private static final Instant NOW = Instant.now();
  private final InMemoryGallery store = new InMemoryGallery();
  private final RecordingEvent<PatientErased> patientErased = new RecordingEvent<>();
  private final FakeIdentities identities = new FakeIdentities();
  private final DefaultPatientService service = new DefaultPatientService();
  private Patient patient;

  /** Records disabled clients; refuses every call while {@code down}. */
  static final class FakeIdentities implements DeviceIdentities {
    final List<String> disabled = new ArrayList<>();
    boolean down;

    @Override
    public DeviceCredentials create(ClinicId clinic, long patientId, String label) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void disable(String clientId) {
      if (down) {
        throw new KithException(CommonErrors.SERVICE_UNAVAILABLE, "identity provider down");
      }
      disabled.add(clientId);
    }

    @Override
    public java.util.Optional<DeviceToken> token(String clientId, String clientSecret) {
      throw new UnsupportedOperationException();
    }
  }

  @BeforeEach
  void setUp() {
    patient = new Patient(CLINIC, "P-1", "c", NOW);
    store.patientRepository.add(patient);
    Random random = new Random(3);
    for (String name : List.of("Anna", "Ben")) {
      KnownPerson person =
          new KnownPerson(patient, new PersonDetails(name, "friend", null, null), "c", NOW);
      store.personRepository.add(person);
      store.giveVerbalConsent(person, NOW);
      store.addTemplate(person, new FaceEmbedding(Vectors.MODEL, Vectors.random(random, 64)), NOW);
    }
    store.deviceRepository.add(new Device(patient, "kith-device-a", "Glasses", "c", NOW));
    Device revoked = new Device(patient, "kith-device-b", "Phone", "c", NOW);
    revoked.revoke("c", NOW);
    store.deviceRepository.add(revoked);

    GalleryAudit audit = new GalleryAudit();
    audit.log = store.auditLog;
    audit.actors = () -> new Actor("clin-sub", "clinician", "10.0.0.1");
    ConsentErasure consentErasure = new ConsentErasure();
    consentErasure.templates = store.templateRepository;
    consentErasure.patients = store.patientRepository;
    consentErasure.audit = audit;
    consentErasure.erased = new RecordingEvent<>();
    consentErasure.thumbnails = new Thumbnails();
    consentErasure.thumbnails.thumbnails = store.thumbnailRepository;
    DefaultKnownPersons persons = new DefaultKnownPersons();
    persons.patients = store.patientRepository;
    persons.persons = store.personRepository;
    persons.consents = store.consentRepository;
    persons.audit = audit;
    persons.erasure = consentErasure;
    persons.actors = audit.actors;
    PatientErasure erasure = new PatientErasure();
    erasure.patients = store.patientRepository;
    erasure.personRecords = store.personRepository;
    erasure.persons = persons;
    erasure.devices = store.deviceRepository;
    erasure.identities = identities;
    erasure.audit = audit;
    erasure.actors = audit.actors;
    erasure.erased = patientErased;
    service.patients = store.patientRepository;
    service.devices = store.deviceRepository;
    service.identities = identities;
    service.audit = audit;
    service.erasure = erasure;
  }

  @Test
  void removesPersonsDevicesAndPatientAfterDisablingTheActiveDevicesClients() {
    service.remove(CLINIC, patient.id());

    assertEquals(List.of("kith-device-a"), identities.disabled, "the revoked one is off already");
    assertTrue(store.patients.isEmpty());
    assertTrue(store.persons.isEmpty());
    assertTrue(store.consents.isEmpty());
    assertTrue(store.templates.isEmpty());
    assertTrue(store.devices.isEmpty());
    assertEquals(List.of(new PatientErased(patient.id())), patientErased.fired);
    var erasedEvents =
        store.audit.stream().filter(e -> e.action() == AuditAction.PATIENT_ERASED).toList();
    assertEquals(1, erasedEvents.size());
    assertEquals(
        "patient removed with 2 known person(s), 2 template(s), 2 consent record(s) and 2"
            + " device(s)",
        erasedEvents.get(0).reason());
    assertEquals(
        2, store.audit.stream().filter(e -> e.action() == AuditAction.PERSON_ERASED).count());
  }

  @Test
  void theRemovedPatientsMatchIndexIsDroppedOnceTheRemovalCommits() {
    GalleryIndex index = new GalleryIndex();
    index.patients = store.patientRepository;
    index.templates = store.templateRepository;
    index.consents = store.consentRepository;
    assertEquals(2, index.current(patient.id()).size(), "built with both persons' templates");

    service.remove(CLINIC, patient.id());
    patientErased.fired.forEach(index::patientErased);

    assertTrue(index.cached(patient.id()).isEmpty());
  }

  @Test
  void anUnreachableIdentityProviderRemovesNothing() {
    identities.down = true;
    int audited = store.audit.size();

    KithException e = assertThrows(KithException.class, () -> service.remove(CLINIC, patient.id()));

    assertEquals(CommonErrors.SERVICE_UNAVAILABLE, e.errorCode());
    assertEquals(1, store.patients.size());
    assertEquals(2, store.persons.size());
    assertEquals(2, store.consents.size());
    assertEquals(2, store.templates.size());
    assertEquals(2, store.devices.size());
    assertEquals(audited, store.audit.size());
    assertTrue(patientErased.fired.isEmpty());
  }

  @Test
  void anotherClinicsPatientIsNotFoundAndKeepsEverything() {
    assertThrows(
        NotFoundException.class, () -> service.remove(new ClinicId("other-clinic"), patient.id()));
    assertTrue(identities.disabled.isEmpty());
    assertEquals(1, store.patients.size());
    assertEquals(2, store.devices.size());
  }
}
