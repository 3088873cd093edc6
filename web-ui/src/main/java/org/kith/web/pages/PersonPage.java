package org.kith.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.kith.web.client.ApiProblem;
import org.kith.web.client.Gallery;
import org.kith.web.client.GalleryApi;
import org.kith.web.client.MultipartBody;
import org.primefaces.event.CaptureEvent;

/**
 * One known person: their consent (record, withdraw, history) and their photos (enrol by upload or
 * webcam, each photo's result, the stored templates).
 */
@Named
@ViewScoped
public class PersonPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Set<String> CONSENT_FIELDS =
      Set.of(
          "givenBy",
          "representativeName",
          "method",
          "witness",
          "evidenceReference",
          "givenAt",
          "expiresAt");

  /** The largest evidence file the page offers to upload (the gallery's default limit). */
  public static final long EVIDENCE_MAX_BYTES = 10L * 1024 * 1024;

  /** At most this many webcam shots wait to be enrolled. */
  static final int MAX_CAPTURES = 10;

  @Inject GalleryApi gallery;

  private long patientId;
  private long personId;
  private Gallery.Patient patient;
  private Gallery.Person person;
  private List<Gallery.Consent> consents = List.of();
  private List<Gallery.Template> templates = List.of();
  private boolean templatesAvailable = true;
  private final ConsentForm consentForm = new ConsentForm();
  private transient List<Part> photos;
  private final List<Photo> captured = new ArrayList<>();
  private transient Part consentEvidence;
  private transient Part evidenceFile;
  private List<PhotoOutcome> outcomes = List.of();

  /** A photo to enrol, kept for showing it with its result. */
  public record Photo(String name, String contentType, byte[] bytes) implements Serializable {
    String dataUri() {
      return "data:" + contentType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }
  }

  /**
   * A photo's result beside the photo, for the page; width and height (pixels, 0 when unknown)
   * place the detected face's box over it.
   */
  public record PhotoOutcome(Gallery.PhotoResult result, String image, int width, int height)
      implements Serializable {
    public String reasonText() {
      return Guidance.reason(result.reason());
    }
  }

  /** The consent form's values. */
  public static class ConsentForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String givenBy = "PERSON";
    private String representativeName;
    private String method = "SIGNED_FORM";
    private String witness;
    private String evidenceReference;
    private LocalDate givenAt;
    private LocalDate expiresAt;

    public String getGivenBy() {
      return givenBy;
    }

    public void setGivenBy(String givenBy) {
      this.givenBy = givenBy;
    }

    public String getRepresentativeName() {
      return representativeName;
    }

    public void setRepresentativeName(String representativeName) {
      this.representativeName = representativeName;
    }

    public String getMethod() {
      return method;
    }

    public void setMethod(String method) {
      this.method = method;
    }

    public String getWitness() {
      return witness;
    }

    public void setWitness(String witness) {
      this.witness = witness;
    }

    public String getEvidenceReference() {
      return evidenceReference;
    }

    public void setEvidenceReference(String evidenceReference) {
      this.evidenceReference = evidenceReference;
    }

    public LocalDate getGivenAt() {
      return givenAt;
    }

    public void setGivenAt(LocalDate givenAt) {
      this.givenAt = givenAt;
    }

    public LocalDate getExpiresAt() {
      return expiresAt;
    }

    public void setExpiresAt(LocalDate expiresAt) {
      this.expiresAt = expiresAt;
    }

    Gallery.ConsentBody body() {
      Gallery.ConsentBody body = new Gallery.ConsentBody();
      body.givenBy = givenBy;
      body.representativeName = representativeName;
      body.method = method;
      body.witness = witness;
      body.evidenceReference = evidenceReference;
      body.givenAt = givenAt == null ? null : givenAt.atStartOfDay(ZoneOffset.UTC).toInstant();
      body.expiresAt =
          expiresAt == null ? null : expiresAt.atStartOfDay(ZoneOffset.UTC).toInstant();
      return body;
    }
  }

  public void load() {
    if (patientId == PageIds.NONE || personId == PageIds.NONE) {
      NotFound.send();
      return;
    }
    try {
      patient = gallery.patient(patientId);
      person = gallery.person(patientId, personId);
      refresh();
    } catch (ApiProblem e) {
      if (e.isNotFound() || e.status() == 400) {
        NotFound.send();
      } else {
        Messages.error(e.message());
      }
    }
  }

  private void refresh() {
    person = gallery.person(patientId, personId);
    consents = gallery.consents(patientId, personId);
    try {
      templates = gallery.templates(patientId, personId);
      templatesAvailable = true;
    } catch (ApiProblem e) {
      // A gallery without enrolment yet answers 404 or 405 here; the page says so.
      templates = List.of();
      templatesAvailable = false;
    }
  }

  /**
   * Records the consent, then uploads its evidence if a file was chosen. The gallery takes them in
   * two calls; when the file is refused the consent stays recorded, and the page says so beside the
   * evidence field of the recorded consent.
   */
  public void recordConsent() {
    Gallery.Consent recorded;
    try {
      recorded = gallery.recordConsent(patientId, personId, consentForm.body());
    } catch (ApiProblem e) {
      Messages.show(e, "consentForm", CONSENT_FIELDS);
      return;
    }
    if (EvidenceUpload.chosen(consentEvidence)) {
      try {
        EvidenceUpload.send(gallery, patientId, personId, recorded.id(), consentEvidence);
        Messages.info(
            "Consent recorded with its evidence. You can now add photos of "
                + person.displayName()
                + ".");
      } catch (ApiProblem e) {
        Messages.field(
            "evidenceForm:evidenceFile",
            "The consent was recorded, but the evidence was not: "
                + EvidenceUpload.explain(e)
                + " Choose the file again below.");
        Messages.error("The consent was recorded, but the evidence file was not accepted.");
      }
    } else {
      Messages.info("Consent recorded. You can now add photos of " + person.displayName() + ".");
    }
    consentEvidence = null;
    refresh();
  }

  /** Attaches (or replaces) the evidence of the active consent. */
  public void uploadEvidence() {
    Gallery.Consent active = getActiveConsent();
    if (active == null) {
      Messages.error("There is no active consent to attach evidence to.");
      return;
    }
    if (!EvidenceUpload.chosen(evidenceFile)) {
      Messages.field("evidenceForm:evidenceFile", "Choose the scan or photo of the signed form");
      return;
    }
    try {
      EvidenceUpload.send(gallery, patientId, personId, active.id(), evidenceFile);
      Messages.info("The consent's evidence was saved.");
      refresh();
    } catch (ApiProblem e) {
      Messages.field("evidenceForm:evidenceFile", EvidenceUpload.explain(e));
      // What the gallery kept (the earlier evidence, if any) is shown as it now is.
      refresh();
    } finally {
      evidenceFile = null;
    }
  }

  public void withdraw() {
    Gallery.Consent active = getActiveConsent();
    if (active == null) {
      Messages.error("There is no active consent to withdraw.");
      return;
    }
    try {
      gallery.withdrawConsent(patientId, personId, active.id());
      Messages.info(
          "Consent withdrawn. "
              + person.displayName()
              + "'s face templates are erased and devices no longer recognise them.");
      outcomes = List.of();
      refresh();
    } catch (ApiProblem e) {
      Messages.error(e.message());
    }
  }

  /** Keeps a webcam shot until the clinician enrols the shots. */
  public void capture(CaptureEvent event) {
    if (captured.size() >= MAX_CAPTURES) {
      Messages.error("At most " + MAX_CAPTURES + " photos at a time. Enrol these first.");
      return;
    }
    captured.add(
        new Photo("webcam-" + (captured.size() + 1) + ".png", "image/png", event.getData()));
  }

  public void enrolUploads() {
    List<Photo> chosen = new ArrayList<>();
    if (photos != null) {
      for (Part part : photos) {
        if (part.getSize() == 0) {
          continue;
        }
        try (InputStream in = part.getInputStream()) {
          chosen.add(
              new Photo(part.getSubmittedFileName(), part.getContentType(), in.readAllBytes()));
        } catch (IOException e) {
          Messages.error("A photo could not be read. Please choose it again.");
          return;
        }
      }
    }
    if (chosen.isEmpty()) {
      Messages.show(
          new ApiProblem(
              400,
              "VALIDATION_FAILED",
              "Choose photos",
              List.of(new ApiProblem.FieldMessage("photos", "Choose one or more photos"))),
          "enrolForm",
          Set.of("photos"));
      return;
    }
    enrol(chosen);
  }

  public void enrolCaptured() {
    if (captured.isEmpty()) {
      Messages.error("Take a photo with the camera first.");
      return;
    }
    enrol(List.copyOf(captured));
    captured.clear();
  }

  private void enrol(List<Photo> chosen) {
    MultipartBody body = new MultipartBody();
    for (Photo p : chosen) {
      body.file("image", p.name(), p.contentType(), p.bytes());
    }
    try {
      Gallery.EnrolmentResults answer = gallery.enrol(patientId, personId, body);
      List<PhotoOutcome> shown = new ArrayList<>();
      for (int i = 0; i < answer.results().size(); i++) {
        Gallery.PhotoResult r = answer.results().get(i);
        Photo photo = i < chosen.size() ? chosen.get(i) : null;
        int[] size = photo == null ? new int[] {0, 0} : ImageSize.of(photo.bytes());
        shown.add(new PhotoOutcome(r, photo == null ? null : photo.dataUri(), size[0], size[1]));
      }
      outcomes = shown;
      long accepted = shown.stream().filter(o -> o.result().accepted()).count();
      Messages.info(accepted + " of " + shown.size() + " photos were accepted.");
      refresh();
    } catch (ApiProblem e) {
      Messages.show(e, "enrolForm", Set.of());
    }
  }

  public void removeTemplate(Gallery.Template template) {
    try {
      gallery.removeTemplate(patientId, personId, template.id());
      Messages.info("The photo's template was erased.");
      refresh();
    } catch (ApiProblem e) {
      Messages.error(e.message());
    }
  }

  /** Erases the templates of earlier face models; those of the running model stay. */
  public void removeStaleTemplates() {
    try {
      gallery.removeStaleTemplates(patientId, personId);
      Messages.info("The templates of earlier face models were erased.");
      refresh();
    } catch (ApiProblem e) {
      Messages.error(e.message());
    }
  }

  /** Removes the person from Kith and returns to the patient's page. */
  public String removePerson() {
    try {
      String name = person.displayName();
      gallery.removePerson(patientId, personId);
      Messages.infoAfterRedirect(
          name
              + " was removed: their face templates, thumbnail, consent records and evidence"
              + " are erased.");
      return "/patient.xhtml?faces-redirect=true&id=" + patientId;
    } catch (ApiProblem e) {
      Messages.error(e.message());
      return null;
    }
  }

  public Gallery.Consent getActiveConsent() {
    return consents.stream().filter(c -> "ACTIVE".equals(c.status())).findFirst().orElse(null);
  }

  public long getPatientId() {
    return patientId;
  }

  public void setPatientId(long patientId) {
    this.patientId = patientId;
  }

  public long getPersonId() {
    return personId;
  }

  public void setPersonId(long personId) {
    this.personId = personId;
  }

  /** The address's {@code patient} and {@code person}, as typed. */
  public String getPatientParam() {
    return PageIds.text(patientId);
  }

  public void setPatientParam(String text) {
    this.patientId = PageIds.parse(text);
  }

  public String getPersonParam() {
    return PageIds.text(personId);
  }

  public void setPersonParam(String text) {
    this.personId = PageIds.parse(text);
  }

  public Gallery.Patient getPatient() {
    return patient;
  }

  public Gallery.Person getPerson() {
    return person;
  }

  public List<Gallery.Consent> getConsents() {
    return consents;
  }

  public List<Gallery.Template> getTemplates() {
    return templates;
  }

  public boolean isTemplatesAvailable() {
    return templatesAvailable;
  }

  public ConsentForm getConsentForm() {
    return consentForm;
  }

  public Part getConsentEvidence() {
    return consentEvidence;
  }

  public void setConsentEvidence(Part consentEvidence) {
    this.consentEvidence = consentEvidence;
  }

  public Part getEvidenceFile() {
    return evidenceFile;
  }

  public void setEvidenceFile(Part evidenceFile) {
    this.evidenceFile = evidenceFile;
  }

  public long getEvidenceMaxBytes() {
    return EVIDENCE_MAX_BYTES;
  }

  /** "PDF, 120 KB" for a consent's evidence. */
  public String evidenceSummary(Gallery.Evidence evidence) {
    return EvidenceUpload.summary(evidence);
  }

  public List<Part> getPhotos() {
    return photos;
  }

  public void setPhotos(List<Part> photos) {
    this.photos = photos;
  }

  public int getCapturedCount() {
    return captured.size();
  }

  public List<PhotoOutcome> getOutcomes() {
    return outcomes;
  }
}
