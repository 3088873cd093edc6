package org.kith.gallery.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kith.api.audit.AuditAction;
import org.kith.api.audit.AuditEntry;
import org.kith.api.audit.AuditOutcome;
import org.kith.api.audit.FaceDecision;
import org.kith.api.problem.KithException;
import org.kith.api.recognition.AnalysisOptions;
import org.kith.api.recognition.AnalyzedFace;
import org.kith.api.recognition.EmbeddingModel;
import org.kith.api.recognition.FaceAnalysis;
import org.kith.api.recognition.FaceBox;
import org.kith.api.recognition.FaceEmbedding;
import org.kith.api.recognition.FaceQuality;
import org.kith.api.recognition.FaceRecognition;
import org.kith.api.recognition.HeadPose;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.Consent;
import org.kith.gallery.domain.ConsentGiver;
import org.kith.gallery.domain.ConsentMethod;
import org.kith.gallery.domain.ConsentTerms;
import org.kith.gallery.domain.Device;
import org.kith.gallery.domain.FaceTemplate;
import org.kith.gallery.domain.KnownPerson;
import org.kith.gallery.domain.Patient;
import org.kith.gallery.domain.PersonDetails;
import org.kith.gallery.domain.matching.PersonScoring;
import org.kith.gallery.domain.matching.Vectors;

/** The identify flow with fake recognition and audit: decisions, one audit each, fail-closed. */
class IdentificationsTest {
  private static final ClinicId CLINIC = new ClinicId("demo-clinic");
  private static final EmbeddingModel MODEL = Vectors.MODEL;
  private static final Instant NOW = Instant.now();

  private final Random random = new Random(3);
  private final InMemoryGallery store = new InMemoryGallery();
  private final List<AnalyzedFace> nextFaces = new ArrayList<>();
  private DefaultIdentifications identify;
  private Patient patient;
  private KnownPerson anna;
  private float[] annaFace;
  private Device glasses;

  private int analysed;

  private final FaceRecognition recognition =
      new FaceRecognition() {
        @Override
        public FaceAnalysis analyze(byte[] image, AnalysisOptions options) {
          analysed++;
          return new FaceAnalysis(640, 480, nextFaces, Map.of("total", 20.0));
        }

        @Override
        public EmbeddingModel embeddingModel() {
          return MODEL;
        }
      };

  @BeforeEach
  void setUp() {
    patient = new Patient(CLINIC, "P-1", "clinician", NOW);
    store.patientRepository.add(patient);
    anna = new KnownPerson(patient, new PersonDetails("Anna", "daughter", "tall", null), "c", NOW);
    store.personRepository.add(anna);
    store.consentRepository.add(
        new Consent(
            anna,
            new ConsentTerms(
                ConsentGiver.PERSON,
                null,
                ConsentMethod.SIGNED_FORM,
                null,
                "form 1",
                NOW.minusSeconds(60),
                null),
            "c",
            NOW));
    annaFace = Vectors.random(random, MODEL.dimension());
    for (int i = 0; i < 3; i++) {
      store.templateRepository.add(
          new FaceTemplate(
              anna,
              new FaceEmbedding(MODEL, Vectors.near(random, annaFace, 0.4)),
              quality(0.8),
              new HeadPose(0, 0, 0),
              "sha" + i,
              "c",
              NOW));
    }
    store.patientRepository.advanceGalleryVersion(patient.id());
    glasses = new Device(patient, "kith-device-1", "Glasses", "c", NOW);
    store.deviceRepository.add(glasses);

    GalleryIndex index = new GalleryIndex();
    index.patients = store.patientRepository;
    index.templates = store.templateRepository;
    index.consents = store.consentRepository;
    MatchSettings settings = new MatchSettings();
    settings.scoring = PersonScoring.BEST;
    settings.topK = 3;
    settings.minIdentifyQuality = 0.2;
    settings.thresholdsFile = java.util.Optional.empty();
    settings.load();
    GalleryAudit audit = new GalleryAudit();
    audit.log = store.auditLog;
    identify = new DefaultIdentifications();
    identify.recognition = recognition;
    identify.index = index;
    identify.settings = settings;
    identify.audit = audit;
    identify.activeDevices = new ActiveDevices();
    identify.activeDevices.devices = store.deviceRepository;
    identify.patients = store.patientRepository;
    identify.persons = store.personRepository;
    identify.maxImageBytes = 1000;
    DeviceSightingWriter writer = new DeviceSightingWriter();
    writer.devices = store.deviceRepository;
    identify.sightings = new DeviceSightings();
    identify.sightings.writer = writer;
  }

  private static FaceQuality quality(double score) {
    return new FaceQuality(score, 0.5, 0.2, 0.3, 60, 0.05, 0.95, 0.95);
  }

  private static AnalyzedFace face(float[] vector, double quality) {
    return new AnalyzedFace(
        new FaceBox(1, 2, 100, 100),
        0.99,
        List.of(),
        List.of(),
        Map.of(),
        new HeadPose(3, 0, 0),
        quality(quality),
        new FaceEmbedding(MODEL, vector));
  }

  private IdentificationRequest byDevice(String clientId) {
    return new IdentificationRequest(
        CLINIC,
        patient.id(),
        new Actor("dev-sub", "device", null),
        clientId,
        new byte[] {1, 2},
        "r-1");
  }

  @Test
  void anEnrolledPersonIsKnownWithWhatTheDeviceShouldSayAndOneAuditRecord() {
    nextFaces.add(face(Vectors.near(random, annaFace, 0.3), 0.8));
    IdentificationResult result = identify.identify(byDevice("kith-device-1"));
    assertEquals("OK", result.status());
    IdentifiedFace face = result.faces().get(0);
    assertEquals(FaceDecision.KNOWN, face.decision());
    assertEquals(anna.id(), face.personId());
    assertEquals("daughter", face.details().relationship());
    assertEquals(1, store.audit.size());
    AuditEntry entry = store.audit.get(0);
    assertEquals(AuditAction.IDENTIFICATION, entry.action());
    assertEquals(result.auditEventId(), 1001);
    assertEquals("r-1", entry.requestId());
    assertEquals("kith-device-1", entry.deviceId());
    assertEquals(MODEL.id(), entry.identification().modelId());
    assertEquals(FaceDecision.KNOWN, entry.identification().faces().get(0).decision());
    assertEquals("default", entry.identification().faces().get(0).thresholds().context());
  }

  @Test
  void anIdentifyWithNoFaceStillMarksTheDeviceSeenAndOnline() {
    assertTrue(glasses.lastSeenAt().isEmpty());
    assertEquals("NO_FACE", identify.identify(byDevice("kith-device-1")).status());
    assertTrue(glasses.lastSeenAt().isPresent(), "a NO_FACE answer is still a sighting");
    assertTrue(glasses.isOnlineAt(java.time.Instant.now(), java.time.Duration.ofMinutes(5)));
    assertFalse(
        glasses.isOnlineAt(
            java.time.Instant.now().plus(java.time.Duration.ofMinutes(6)),
            java.time.Duration.ofMinutes(5)),
        "offline once the window has passed");
  }

  @Test
  void aStrangerIsUnknownAndNotNamed() {
    nextFaces.add(face(Vectors.random(random, MODEL.dimension()), 0.8));
    IdentifiedFace face = identify.identify(byDevice("kith-device-1")).faces().get(0);
    assertEquals(FaceDecision.UNKNOWN, face.decision());
    assertNull(face.personId());
    assertNull(face.details());
    assertEquals(1, store.audit.size());
  }

  @Test
  void noAnswerWhenTheAuditLogCannotRecordIt() {
    nextFaces.add(face(Vectors.near(random, annaFace, 0.3), 0.8));
    store.auditDown = true;
    KithException e =
        assertThrows(KithException.class, () -> identify.identify(byDevice("kith-device-1")));
    assertEquals(GalleryErrors.AUDIT_UNAVAILABLE, e.errorCode());
  }

  @Test
  void aRevokedDeviceIsRefusedAndTheRefusalAudited() {
    glasses.revoke("c", NOW);
    KithException e =
        assertThrows(KithException.class, () -> identify.identify(byDevice("kith-device-1")));
    assertEquals(GalleryErrors.DEVICE_REVOKED, e.errorCode());
    assertEquals(1, store.audit.size());
    assertEquals(AuditOutcome.DENIED, store.audit.get(0).outcome());
  }

  @Test
  void aDeviceOfAnotherPatientCannotIdentifyAgainstThisOne() {
    Patient other = new Patient(CLINIC, "P-2", "c", NOW);
    store.patientRepository.add(other);
    store.deviceRepository.add(new Device(other, "kith-device-2", "Phone", "c", NOW));
    KithException e =
        assertThrows(KithException.class, () -> identify.identify(byDevice("kith-device-2")));
    assertEquals(GalleryErrors.DEVICE_UNKNOWN, e.errorCode());
  }

  @Test
  void noFaceAndTooPoorFacesAreImageLevelAnswers() {
    assertEquals("NO_FACE", identify.identify(byDevice("kith-device-1")).status());
    nextFaces.add(face(Vectors.near(random, annaFace, 0.3), 0.1));
    IdentificationResult poor = identify.identify(byDevice("kith-device-1"));
    assertEquals("LOW_QUALITY", poor.status());
    assertTrue(poor.faces().isEmpty());
    assertEquals(
        FaceDecision.LOW_QUALITY, store.audit.get(1).identification().faces().get(0).decision());
    assertEquals(2, store.audit.size());
  }

  @Test
  void anOversizedImageIsRefusedBeforeRecognition() {
    IdentificationRequest big =
        new IdentificationRequest(
            CLINIC,
            patient.id(),
            new Actor("s", "device", null),
            "kith-device-1",
            new byte[1001],
            "r");
    KithException e = assertThrows(KithException.class, () -> identify.identify(big));
    assertEquals("IMAGE_TOO_LARGE", e.errorCode().code());
    assertEquals(AuditOutcome.FAILURE, store.audit.get(0).outcome());
    assertEquals(0, analysed, "never sent for analysis");
  }

  @Test
  @Timeout(10) // waiting for the analysis first would hang here, not fail
  void aRefusedDeviceHearsItsRefusalWhileItsImageIsStillBeingAnalysed() {
    CompletableFuture<FaceAnalysis> stillRunning = new CompletableFuture<>();
    identify.recognition =
        new FaceRecognition() {
          @Override
          public FaceAnalysis analyze(byte[] image, AnalysisOptions options) {
            throw new AssertionError("identify waits for the analysis begun for it");
          }

          @Override
          public CompletableFuture<FaceAnalysis> analyzeAsync(
              byte[] image, AnalysisOptions options) {
            return stillRunning;
          }

          @Override
          public EmbeddingModel embeddingModel() {
            return MODEL;
          }
        };
    glasses.revoke("c", NOW);
    KithException e =
        assertThrows(KithException.class, () -> identify.identify(byDevice("kith-device-1")));
    assertEquals(GalleryErrors.DEVICE_REVOKED, e.errorCode());
    assertTrue(stillRunning.isCancelled(), "the analysis is dropped unread");
    assertEquals(AuditOutcome.DENIED, store.audit.get(0).outcome());
  }

  @Test
  void anUnknownDeviceIsRefusedAsSuchEvenWithoutAnImage() {
    IdentificationRequest empty =
        new IdentificationRequest(
            CLINIC,
            patient.id(),
            new Actor("s", "device", null),
            "kith-device-9",
            new byte[0],
            "r");
    KithException e = assertThrows(KithException.class, () -> identify.identify(empty));
    assertEquals(GalleryErrors.DEVICE_UNKNOWN, e.errorCode());
    assertEquals(0, analysed);
  }

  @Test
  void templatesErasedThroughAnotherInstanceStopMatchingOnTheNextIdentify() {
    nextFaces.add(face(Vectors.near(random, annaFace, 0.3), 0.8));
    assertEquals(
        FaceDecision.KNOWN, identify.identify(byDevice("kith-device-1")).faces().get(0).decision());
    // Another instance erased Anna's templates: only the database (rows and version) changed.
    store.templates.clear();
    store.patientRepository.advanceGalleryVersion(patient.id());
    assertEquals(
        FaceDecision.UNKNOWN,
        identify.identify(byDevice("kith-device-1")).faces().get(0).decision());
  }

  @Test
  void templatesOfAnOlderModelVersionAreNeverCompared() {
    nextFaces.add(
        new AnalyzedFace(
            new FaceBox(1, 2, 100, 100),
            0.99,
            List.of(),
            List.of(),
            Map.of(),
            new HeadPose(0, 0, 0),
            quality(0.8),
            new FaceEmbedding(Vectors.OTHER_VERSION, annaFace)));
    assertEquals(
        FaceDecision.UNKNOWN,
        identify.identify(byDevice("kith-device-1")).faces().get(0).decision());
  }
}
