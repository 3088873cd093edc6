package org.kith.gallery.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kith.api.audit.AuditAction;
import org.kith.api.problem.InvalidRequestException;
import org.kith.api.problem.KithException;
import org.kith.api.problem.NotFoundException;
import org.kith.api.recognition.AnalysisOptions;
import org.kith.api.recognition.AnalyzedFace;
import org.kith.api.recognition.FaceAnalysis;
import org.kith.api.recognition.FaceRecognition;
import org.kith.api.recognition.ImageErrors;
import org.kith.api.recognition.ImageRejectedException;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.Consent;
import org.kith.gallery.domain.ConsentRepository;
import org.kith.gallery.domain.EnrolmentLimits;
import org.kith.gallery.domain.EnrolmentRejection;
import org.kith.gallery.domain.FaceTemplate;
import org.kith.gallery.domain.FaceTemplateRepository;
import org.kith.gallery.domain.FaceTemplateRepository.TemplateSummary;
import org.kith.gallery.domain.KnownPerson;
import org.kith.gallery.domain.PatientRepository;

@Stateless
public class DefaultFaceTemplates implements FaceTemplates {
  private static final Logger LOG = Logger.getLogger(DefaultFaceTemplates.class.getName());

  @Inject KnownPersons persons;
  @Inject ConsentRepository consents;
  @Inject FaceTemplateRepository templates;
  @Inject PatientRepository patients;
  @Inject FaceRecognition recognition;
  @Inject GalleryAudit audit;
  @Inject Actors actors;
  @Inject Event<TemplatesEnrolled> enrolled;
  @Inject Event<TemplatesErased> erased;
  @Inject Thumbnails thumbnails;

  @Inject
  @ConfigProperty(name = "kith.gallery.image.max-bytes", defaultValue = "8388608")
  int maxImageBytes;

  @Inject
  @ConfigProperty(name = "kith.gallery.enrol.max-images", defaultValue = "20")
  int maxImages;

  @Inject EnrolmentSettings settings;
  @Inject CurrentModel currentModel;

  private EnrolmentLimits limits;

  @PostConstruct
  void configure() {
    limits = settings.limits();
  }

  @Override
  public List<EnrolmentOutcome> enrol(
      ClinicId clinic, long patientId, long personId, List<UploadedImage> images) {
    KnownPerson person = persons.get(clinic, patientId, personId);
    if (images == null || images.isEmpty()) {
      throw new ImageRejectedException(
          ImageErrors.IMAGE_MISSING, "send one or more parts named image");
    }
    if (images.size() > maxImages) {
      throw InvalidRequestException.of("image", "at most " + maxImages + " images per call");
    }
    Instant now = Instant.now(Clock.systemUTC());
    patients.lockGallery(patientId);
    Consent consent =
        consents
            .lockActive(clinic, personId, now)
            .orElseThrow(
                () ->
                    new KithException(
                        GalleryErrors.CONSENT_REQUIRED,
                        "person " + personId + " has no active consent"));
    String actor = actors.current().subject();
    List<EnrolmentOutcome> outcomes = new ArrayList<>();
    List<FaceTemplate> created = new ArrayList<>();
    Thumbnails.Candidate best = null;
    for (UploadedImage image : images) {
      EnrolmentOutcome outcome = enrolOne(person, image, actor, now);
      outcome.template().ifPresent(created::add);
      outcomes.add(outcome);
      if (outcome.template().isPresent()
          && outcome.face().isPresent()
          && (best == null
              || outcome.face().get().quality().score() > best.face().quality().score())) {
        best = new Thumbnails.Candidate(image.bytes(), outcome.face().get());
      }
    }
    if (!created.isEmpty()) {
      for (FaceTemplate t : created) {
        audit.change(clinic, AuditAction.TEMPLATE_CREATED, patientId, "TEMPLATE", t.id());
      }
      thumbnails.offer(clinic, person, best);
      long version = patients.advanceGalleryVersion(patientId);
      enrolled.fire(
          new TemplatesEnrolled(
              patientId,
              version,
              personId,
              Optional.ofNullable(consent.terms().expiresAt()),
              created.stream().map(GalleryIndex::indexed).toList()));
    }
    LOG.fine(() -> "GAL-080 enrolment: " + created.size() + " of " + images.size() + " accepted");
    return outcomes;
  }

  private EnrolmentOutcome enrolOne(
      KnownPerson person, UploadedImage image, String actor, Instant now) {
    byte[] bytes = image.bytes();
    if (bytes == null || bytes.length == 0) {
      return rejected(image, ImageErrors.IMAGE_MISSING);
    }
    if (bytes.length > maxImageBytes) {
      return rejected(image, ImageErrors.IMAGE_TOO_LARGE);
    }
    FaceAnalysis analysis;
    try {
      analysis = recognition.analyze(bytes, AnalysisOptions.ENROL);
    } catch (ImageRejectedException e) {
      return rejected(image, (ImageErrors) e.errorCode());
    }
    EnrolmentLimits.Verdict verdict = limits.check(analysis.faces());
    if (verdict instanceof EnrolmentLimits.Rejected r) {
      return new EnrolmentOutcome(
          image.fileName(), Optional.empty(), r.face(), Optional.of(r.rejection()));
    }
    AnalyzedFace face = ((EnrolmentLimits.Accepted) verdict).face();
    if (face.embedding() == null) {
      throw new KithException(
          GalleryErrors.RECOGNITION_UNAVAILABLE, "the recognition service made no embedding");
    }
    FaceTemplate template =
        new FaceTemplate(
            person, face.embedding(), face.quality(), face.pose(), sha256(bytes), actor, now);
    templates.add(template);
    return new EnrolmentOutcome(
        image.fileName(), Optional.of(template), Optional.of(face), Optional.empty());
  }

  private static EnrolmentOutcome rejected(UploadedImage image, ImageErrors error) {
    return new EnrolmentOutcome(
        image.fileName(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(
            new EnrolmentRejection(
                EnrolmentRejection.Reason.IMAGE_REJECTED, error.title(), error.code())));
  }

  @Override
  public List<FaceTemplate> list(ClinicId clinic, long patientId, long personId) {
    persons.get(clinic, patientId, personId);
    return templates.ofPerson(clinic, personId);
  }

  @Override
  public void delete(ClinicId clinic, long patientId, long personId, long templateId) {
    persons.get(clinic, patientId, personId);
    patients.lockGallery(patientId);
    FaceTemplate template =
        templates
            .find(clinic, personId, templateId)
            .orElseThrow(() -> new NotFoundException("template", templateId));
    templates.remove(template);
    if (templates.summary(clinic, personId).count() == 0) {
      // The thumbnail shows whom the templates recognise; with none left it goes too.
      thumbnails.erase(clinic, personId);
    }
    audit.change(clinic, AuditAction.TEMPLATE_ERASED, patientId, "TEMPLATE", templateId);
    long version = patients.advanceGalleryVersion(patientId);
    erased.fire(
        new TemplatesErased(patientId, version, personId, Optional.of(List.of(templateId))));
  }

  @Override
  public int deleteStale(ClinicId clinic, long patientId, long personId) {
    persons.get(clinic, patientId, personId);
    patients.lockGallery(patientId);
    String current = currentModel.require();
    List<FaceTemplate> stale =
        templates.ofPerson(clinic, personId).stream()
            .filter(t -> !t.model().key().equals(current))
            .toList();
    if (stale.isEmpty()) {
      return 0;
    }
    Actor actor = actors.current();
    for (FaceTemplate t : stale) {
      templates.remove(t);
      audit.change(
          clinic,
          actor,
          AuditAction.TEMPLATE_ERASED,
          patientId,
          "TEMPLATE",
          t.id(),
          "made by an earlier face model (" + t.model().key() + ")");
    }
    if (templates.summary(clinic, personId).count() == 0) {
      thumbnails.erase(clinic, personId);
    }
    long version = patients.advanceGalleryVersion(patientId);
    erased.fire(
        new TemplatesErased(
            patientId,
            version,
            personId,
            Optional.of(stale.stream().map(FaceTemplate::id).toList())));
    LOG.fine(() -> "GAL-081 templates of earlier models deleted: " + stale.size());
    return stale.size();
  }

  @Override
  public TemplateSummary summary(ClinicId clinic, long personId) {
    return templates.summary(clinic, personId);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
