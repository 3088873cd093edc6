package org.kith.gallery.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kith.api.audit.AppliedThresholds;
import org.kith.api.audit.AuditOutcome;
import org.kith.api.audit.AuditReceipt;
import org.kith.api.audit.AuditedFace;
import org.kith.api.audit.AuditedIdentification;
import org.kith.api.audit.FaceDecision;
import org.kith.api.problem.KithException;
import org.kith.api.problem.NotFoundException;
import org.kith.api.recognition.AnalysisOptions;
import org.kith.api.recognition.AnalyzedFace;
import org.kith.api.recognition.EmbeddingModel;
import org.kith.api.recognition.FaceAnalysis;
import org.kith.api.recognition.FaceRecognition;
import org.kith.api.recognition.ImageErrors;
import org.kith.api.recognition.ImageRejectedException;
import org.kith.gallery.domain.KnownPerson;
import org.kith.gallery.domain.KnownPersonRepository;
import org.kith.gallery.domain.PatientRepository;
import org.kith.gallery.domain.matching.MatchThresholds;
import org.kith.gallery.domain.matching.OpenSetMatch;
import org.kith.gallery.domain.matching.PatientGallery;
import org.kith.gallery.domain.matching.ProbeContext;
import org.kith.gallery.domain.matching.Ranking;
import org.kith.gallery.domain.matching.ThresholdTable;

/**
 * Identify without a database transaction: it only reads, and holding a connection while the
 * recognition service works would cap throughput at the pool size for no benefit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultIdentifications implements Identifications {
  @Inject FaceRecognition recognition;
  @Inject GalleryIndex index;
  @Inject MatchSettings settings;
  @Inject GalleryAudit audit;
  @Inject ActiveDevices activeDevices;
  @Inject PatientRepository patients;
  @Inject KnownPersonRepository persons;
  @Inject DeviceSightings sightings;

  @Inject
  @ConfigProperty(name = "kith.gallery.image.max-bytes", defaultValue = "8388608")
  int maxImageBytes;

  @Override
  public IdentificationResult identify(IdentificationRequest request) {
    long started = System.nanoTime();
    long checked;
    FaceAnalysis analysis;
    try {
      byte[] image = request.image();
      Optional<ImageRejectedException> unusable = unusable(image);
      // The image is on its way to the recognition service while the device is checked here; a
      // device refused still gets its refusal, and the analysis is dropped unread.
      CompletableFuture<FaceAnalysis> pending =
          unusable.isEmpty() ? recognition.analyzeAsync(image, AnalysisOptions.IDENTIFY) : null;
      try {
        checkCaller(request).ifPresent(id -> sightings.seen(id, Instant.now(Clock.systemUTC())));
      } catch (RuntimeException e) {
        if (pending != null) {
          pending.cancel(true);
        }
        throw e;
      }
      checked = System.nanoTime();
      if (unusable.isPresent()) {
        throw unusable.get();
      }
      analysis = RecognitionAnswers.await(pending);
    } catch (KithException e) {
      boolean denied =
          e.errorCode() == GalleryErrors.DEVICE_UNKNOWN
              || e.errorCode() == GalleryErrors.DEVICE_REVOKED;
      audit.failedIdentification(
          request.clinic(),
          request.actor(),
          request.patientId(),
          request.deviceClientId(),
          request.requestId(),
          denied ? AuditOutcome.DENIED : AuditOutcome.FAILURE,
          e.errorCode().code());
      throw e;
    }
    long recognised = System.nanoTime();

    PatientGallery gallery = index.current(request.patientId());
    // Matching proper (ranking and the open-set rule) is timed apart from the database reads
    // around it: the index's freshness check and the named person's details.
    long matching = 0;
    ThresholdTable table = settings.thresholds();
    Instant now = Instant.now(Clock.systemUTC());
    List<IdentifiedFace> answers = new ArrayList<>();
    List<AuditedFace> audited = new ArrayList<>();
    int poor = 0;
    for (AnalyzedFace face : analysis.faces()) {
      if (face.embedding() == null) {
        continue;
      }
      String modelKey = face.embedding().model().key();
      ProbeContext context = table.context(face.quality(), face.pose());
      MatchThresholds thresholds = table.thresholds(modelKey, context);
      AppliedThresholds applied =
          new AppliedThresholds(thresholds.accept(), thresholds.reject(), context.label());
      if (face.quality().score() < settings.minIdentifyQuality()) {
        poor++;
        audited.add(
            new AuditedFace(FaceDecision.LOW_QUALITY, null, null, null, applied, quality(face)));
        continue;
      }
      long rankStart = System.nanoTime();
      Ranking ranking = gallery.rank(face.embedding(), now, settings.scoring(), settings.topK());
      OpenSetMatch match = OpenSetMatch.decide(ranking, thresholds);
      matching += System.nanoTime() - rankStart;
      FaceDecision decision = match.decision();
      Optional<KnownPerson> person = Optional.empty();
      if (decision != FaceDecision.UNKNOWN) {
        person =
            persons.find(request.clinic(), request.patientId(), match.candidate().get().personId());
        if (person.isEmpty()) {
          decision = FaceDecision.UNKNOWN; // removed since the index was built
        }
      }
      Double score = match.candidate().map(c -> round(c.score())).orElse(null);
      audited.add(
          new AuditedFace(
              decision,
              match.candidate().map(c -> Long.toString(c.personId())).orElse(null),
              score,
              match.margin().map(DefaultIdentifications::round).orElse(null),
              applied,
              quality(face)));
      answers.add(
          decision == FaceDecision.UNKNOWN
              ? new IdentifiedFace(decision, null, null, null, face.box())
              : new IdentifiedFace(
                  decision, person.get().id(), person.get().details(), score, face.box()));
    }
    long matched = System.nanoTime();

    String status;
    if (analysis.faces().isEmpty()) {
      status = "NO_FACE";
    } else if (answers.isEmpty() && poor > 0) {
      status = "LOW_QUALITY";
    } else {
      status = "OK";
    }
    EmbeddingModel model = model(analysis);
    AuditReceipt receipt =
        audit.identification(
            request.clinic(),
            request.actor(),
            request.patientId(),
            request.deviceClientId(),
            request.requestId(),
            new AuditedIdentification(
                model.id(), model.version(), Math.round((matched - started) / 1e6), audited));
    long done = System.nanoTime();
    Map<String, Double> millis = new LinkedHashMap<>();
    millis.put("device", ms(checked - started));
    millis.put("recognition", ms(recognised - checked));
    millis.put("match", ms(matching));
    millis.put("gallery", ms(matched - recognised - matching));
    millis.put("audit", ms(done - matched));
    millis.put("total", ms(done - started));
    return new IdentificationResult(
        status, receipt.eventId(), request.requestId(), answers, millis);
  }

  /** Why the image cannot be analysed at all, before it is sent anywhere. */
  private Optional<ImageRejectedException> unusable(byte[] image) {
    if (image == null || image.length == 0) {
      return Optional.of(
          new ImageRejectedException(ImageErrors.IMAGE_MISSING, "the request carried no image"));
    }
    if (image.length > maxImageBytes) {
      return Optional.of(
          new ImageRejectedException(
              ImageErrors.IMAGE_TOO_LARGE, "the image is larger than " + maxImageBytes + " bytes"));
    }
    return Optional.empty();
  }

  /**
   * A device must be registered, active and bound to the patient its token names.
   *
   * @return the device's id, or empty when a clinician calls
   */
  private Optional<Long> checkCaller(IdentificationRequest request) {
    if (request.deviceClientId() == null) {
      patients
          .find(request.clinic(), request.patientId())
          .orElseThrow(() -> new NotFoundException("patient", request.patientId()));
      return Optional.empty();
    }
    return Optional.of(
        activeDevices
            .require(request.clinic(), request.deviceClientId(), request.patientId())
            .id());
  }

  private EmbeddingModel model(FaceAnalysis analysis) {
    return analysis.faces().stream()
        .filter(f -> f.embedding() != null)
        .map(f -> f.embedding().model())
        .findFirst()
        .orElseGet(
            () -> {
              try {
                return recognition.embeddingModel();
              } catch (KithException e) {
                return new EmbeddingModel("none", "none", 0);
              }
            });
  }

  /** The face's context for the audit log, clamped to the range the log stores. */
  private static Map<String, Double> quality(AnalyzedFace face) {
    Map<String, Double> values = new LinkedHashMap<>();
    face.quality().values().forEach((k, v) -> values.put(k, clamp(v)));
    values.put("yaw", clamp(face.pose().yaw()));
    values.put("pitch", clamp(face.pose().pitch()));
    values.put("roll", clamp(face.pose().roll()));
    return values;
  }

  private static double clamp(double v) {
    return Double.isNaN(v) ? 0 : Math.max(-999, Math.min(999, round(v)));
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  private static double ms(long nanos) {
    return Math.round(nanos / 1_000.0) / 1_000.0;
  }
}
