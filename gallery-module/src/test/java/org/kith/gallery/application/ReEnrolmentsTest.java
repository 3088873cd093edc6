package org.kith.gallery.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kith.api.problem.KithException;
import org.kith.api.recognition.AnalysisOptions;
import org.kith.api.recognition.EmbeddingModel;
import org.kith.api.recognition.FaceAnalysis;
import org.kith.api.recognition.FaceEmbedding;
import org.kith.api.recognition.FaceRecognition;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.KnownPerson;
import org.kith.gallery.domain.Patient;
import org.kith.gallery.domain.PersonDetails;
import org.kith.gallery.domain.matching.Vectors;

/** Whom the clinic's re-enrolment list names after the running model changed. */
class ReEnrolmentsTest {
  private static final ClinicId CLINIC = new ClinicId("demo-clinic");
  private static final ClinicId OTHER = new ClinicId("other-clinic");
  private static final Instant NOW = Instant.now();
  private final InMemoryGallery store = new InMemoryGallery();
  private final Random random = new Random(5);
  private final ReEnrolments reEnrolments = new ReEnrolments();
  private EmbeddingModel running = Vectors.OTHER_VERSION;

  @BeforeEach
  void setUp() {
    DefaultKnownPersons persons = new DefaultKnownPersons();
    persons.consents = store.consentRepository;
    reEnrolments.templates = store.templateRepository;
    reEnrolments.persons = store.personRepository;
    reEnrolments.knownPersons = persons;
    reEnrolments.currentModel = new CurrentModel();
    reEnrolments.currentModel.recognition =
        new FaceRecognition() {
          @Override
          public FaceAnalysis analyze(byte[] image, AnalysisOptions options) {
            throw new UnsupportedOperationException();
          }

          @Override
          public EmbeddingModel embeddingModel() {
            if (running == null) {
              throw new KithException(GalleryErrors.RECOGNITION_UNAVAILABLE, "no face yet");
            }
            return running;
          }
        };
  }

  private KnownPerson person(
      ClinicId clinic, String name, boolean consent, EmbeddingModel... made) {
    Patient patient = new Patient(clinic, "P-" + name, "c", NOW);
    store.patientRepository.add(patient);
    KnownPerson person =
        new KnownPerson(patient, new PersonDetails(name, "friend", null, null), "c", NOW);
    store.personRepository.add(person);
    if (consent) {
      store.giveVerbalConsent(person, NOW);
    }
    for (EmbeddingModel model : made) {
      store.addTemplate(person, new FaceEmbedding(model, Vectors.random(random, 64)), NOW);
    }
    return person;
  }

  @Test
  void namesOnlyConsentedPersonsOfTheClinicWithNoTemplateOfTheRunningModel() {
    KnownPerson stale = person(CLINIC, "Stale", true, Vectors.MODEL, Vectors.MODEL);
    person(CLINIC, "Mixed", true, Vectors.MODEL, Vectors.OTHER_VERSION);
    person(CLINIC, "Current", true, Vectors.OTHER_VERSION);
    person(CLINIC, "Nobody", true);
    person(OTHER, "Elsewhere", true, Vectors.MODEL);

    ReEnrolments.Overview overview = reEnrolments.overview(CLINIC);

    assertEquals(Vectors.OTHER_VERSION.key(), overview.currentModel());
    assertEquals(
        List.of(
            new ReEnrolmentCandidate(
                stale.patientId(), stale.id(), "Stale", 2, List.of(Vectors.MODEL.key()))),
        overview.persons());
    assertEquals(
        Map.of(Vectors.MODEL.key(), 2L), reEnrolments.coverage(CLINIC, stale.id()).byModel());
  }

  @Test
  void aPersonWithoutActiveConsentIsNotNamedEvenWithStaleTemplates() {
    person(CLINIC, "Lapsed", false, Vectors.MODEL);
    assertEquals(List.of(), reEnrolments.overview(CLINIC).persons());
  }

  @Test
  void whileTheRunningModelIsUnknownTheListIsUnavailableNotEmpty() {
    person(CLINIC, "Stale", true, Vectors.MODEL);
    running = null;
    KithException e = assertThrows(KithException.class, () -> reEnrolments.overview(CLINIC));
    assertEquals(GalleryErrors.RECOGNITION_UNAVAILABLE, e.errorCode());
  }
}
