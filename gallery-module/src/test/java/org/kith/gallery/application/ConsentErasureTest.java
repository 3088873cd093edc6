package org.kith.gallery.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kith.api.audit.AuditAction;
import org.kith.api.problem.KithException;
import org.kith.api.recognition.FaceEmbedding;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.KnownPerson;
import org.kith.gallery.domain.Patient;
import org.kith.gallery.domain.PersonDetails;
import org.kith.gallery.domain.PersonThumbnail;
import org.kith.gallery.domain.SealedBytes;
import org.kith.gallery.domain.matching.Vectors;

class ConsentErasureTest {
  private static final ClinicId CLINIC = new ClinicId("demo-clinic");
  private static final Instant NOW = Instant.now();
  private final InMemoryGallery store = new InMemoryGallery();
  private final RecordingEvent<TemplatesErased> erased = new RecordingEvent<>();
  private final ConsentErasure erasure = new ConsentErasure();
  private final GalleryIndex index = new GalleryIndex();
  private Patient patient;
  private KnownPerson anna;

  private void setUp() {
    patient = new Patient(CLINIC, "P-1", "c", NOW);
    store.patientRepository.add(patient);
    anna = new KnownPerson(patient, new PersonDetails("Anna", "daughter", null, null), "c", NOW);
    store.personRepository.add(anna);
    PersonThumbnail thumbnail = new PersonThumbnail(anna);
    thumbnail.replace(new SealedBytes("k", new byte[12], new byte[20]), 0.8, NOW);
    store.thumbnailRepository.add(thumbnail);
    store.giveVerbalConsent(anna, NOW);
    Random random = new Random(1);
    for (int i = 0; i < 2; i++) {
      store.addTemplate(anna, new FaceEmbedding(Vectors.MODEL, Vectors.random(random, 64)), NOW);
    }
    GalleryAudit audit = new GalleryAudit();
    audit.log = store.auditLog;
    audit.actors = () -> new Actor("clin-sub", "clinician", "10.0.0.1");
    erasure.templates = store.templateRepository;
    erasure.patients = store.patientRepository;
    erasure.audit = audit;
    erasure.erased = erased;
    erasure.thumbnails = new Thumbnails();
    erasure.thumbnails.thumbnails = store.thumbnailRepository;
    index.patients = store.patientRepository;
    index.templates = store.templateRepository;
    index.consents = store.consentRepository;
  }

  @Test
  void erasureRemovesRowsAdvancesTheVersionAuditsAndEmptiesTheCachedIndex() {
    setUp();
    assertEquals(2, index.current(patient.id()).size());
    int count = erasure.erase(CLINIC, patient.id(), anna.id(), "consent-withdrawn", null);
    assertEquals(2, count);
    assertTrue(store.templates.isEmpty());
    assertTrue(store.thumbnails.isEmpty(), "the thumbnail goes with the templates");
    assertEquals(AuditAction.TEMPLATE_ERASED, store.audit.get(0).action());
    assertEquals("clinician", store.audit.get(0).actor().role());
    assertEquals("PERSON", store.audit.get(0).target().type());
    TemplatesErased event = erased.fired.get(0);
    assertEquals(Optional.empty(), event.templateIds());
    index.erased(event); // what the container does after commit
    assertEquals(0, index.cached(patient.id()).orElseThrow().size());
    assertEquals(event.version(), index.cached(patient.id()).orElseThrow().version());
  }

  @Test
  void anEventThatSkipsAVersionDropsTheCachedGalleryInsteadOfGuessing() {
    setUp();
    index.current(patient.id());
    index.erased(new TemplatesErased(patient.id(), 7, anna.id(), Optional.empty()));
    assertTrue(index.cached(patient.id()).isEmpty());
  }

  @Test
  void whenTheErasureCannotBeAuditedNothingIsFired() {
    setUp();
    store.auditDown = true;
    assertThrows(
        KithException.class,
        () -> erasure.erase(CLINIC, patient.id(), anna.id(), "consent-withdrawn", null));
    assertTrue(erased.fired.isEmpty(), "the transaction rolls back; the index keeps its gallery");
  }
}
