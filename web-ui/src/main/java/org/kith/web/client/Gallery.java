package org.kith.web.client;

import java.time.Instant;
import java.util.List;

/** The gallery's answers and requests as the UI reads and sends them (JSON shapes of its API). */
public final class Gallery {
  private Gallery() {}

  public record Patient(long id, String pseudonym, Instant createdAt) {}

  public record Person(
      long id,
      long patientId,
      String displayName,
      String relationship,
      String memoryCue,
      String pronunciationHint,
      String consentStatus,
      long version,
      Instant createdAt,
      Long templateCount,
      Double meanQuality,
      boolean hasThumbnail,
      Long currentModelTemplateCount,
      boolean needsReEnrolment) {

    /** Some templates are of earlier face models while some are of the running one. */
    public boolean hasStaleBesideCurrent() {
      return currentModelTemplateCount != null
          && currentModelTemplateCount > 0
          && templateCount != null
          && templateCount > currentModelTemplateCount;
    }
  }

  /** The running face model and the clinic's persons whose photos were all enrolled before it. */
  public record ReEnrolment(String currentModel, List<ReEnrolmentPerson> persons) {}

  public record ReEnrolmentPerson(
      long patientId,
      long personId,
      String displayName,
      long staleTemplateCount,
      List<String> models) {}

  public record Consent(
      long id,
      long personId,
      String scope,
      String givenBy,
      String representativeName,
      String method,
      String witness,
      String evidenceReference,
      Instant givenAt,
      Instant expiresAt,
      Instant recordedAt,
      Instant withdrawnAt,
      String status,
      Evidence evidence) {}

  /** A scan or photo of the signed consent, kept encrypted by the gallery. */
  public record Evidence(
      String contentType, long bytes, String sha256, Instant uploadedAt, String uploadedBy) {}

  public record Device(
      long id,
      long patientId,
      String clientId,
      String label,
      boolean active,
      Instant registeredAt,
      Instant revokedAt,
      Instant lastSeenAt,
      boolean online) {}

  public record DeviceRegistration(
      Device device, String tokenEndpoint, String clientId, String clientSecret) {}

  public record Box(double x, double y, double width, double height) {}

  public record Pose(Double yaw, Double pitch, Double roll) {}

  public record Quality(
      Double score,
      Double brightness,
      Double contrast,
      Double sharpness,
      Double faceSize,
      Double occlusion,
      Double detectionScore,
      Double liveness) {}

  public record PhotoResult(
      String file,
      boolean accepted,
      Long templateId,
      Quality quality,
      Pose pose,
      Box box,
      String reason,
      String guidance) {}

  public record EnrolmentResults(List<PhotoResult> results) {}

  public record Model(String id, String version, Integer dimension) {}

  public record Template(
      long id, Model model, Quality quality, Instant createdAt, String createdBy) {}

  public record Face(
      String decision,
      Long personId,
      String displayName,
      String relationship,
      String memoryCue,
      String pronunciation,
      Double confidence,
      Box box) {}

  public record Identification(
      String status, Long auditEventId, String requestId, List<Face> faces) {}

  /** Bodies sent to the gallery. Public fields: JSON-B writes them as they are. */
  public static final class NewPatient {
    public String pseudonym;

    public NewPatient(String pseudonym) {
      this.pseudonym = pseudonym;
    }
  }

  /** A known person's description, to add or change them. */
  public static final class PersonBody {
    public String displayName;
    public String relationship;
    public String memoryCue;
    public String pronunciationHint;
    public Long version;
  }

  /** The terms of a consent to record. */
  public static final class ConsentBody {
    public String givenBy;
    public String representativeName;
    public String method;
    public String witness;
    public String evidenceReference;
    public Instant givenAt;
    public Instant expiresAt;
  }

  /** A device to register. */
  public static final class NewDevice {
    public String label;

    public NewDevice(String label) {
      this.label = label;
    }
  }

  /** The code a Companion shows, entered for the patient; {@code label} may be null. */
  public static final class PairingConfirmation {
    public String userCode;
    public String label;

    public PairingConfirmation(String userCode, String label) {
      this.userCode = userCode;
      this.label = label;
    }
  }

  /** The clinic's own settings. */
  public static final class ClinicSettings {
    public boolean thumbnails;

    public ClinicSettings() {}

    public ClinicSettings(boolean thumbnails) {
      this.thumbnails = thumbnails;
    }
  }

  /** What the patient's device says about the people it confirms. */
  public static final class AnnouncementPolicy implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private Long coolDownSeconds;
    private String verbosity;
    private Boolean speakUncertain;
    private Boolean strangerTone;

    public AnnouncementPolicy() {}

    public Long getCoolDownSeconds() {
      return coolDownSeconds;
    }

    public void setCoolDownSeconds(Long coolDownSeconds) {
      this.coolDownSeconds = coolDownSeconds;
    }

    public String getVerbosity() {
      return verbosity;
    }

    public void setVerbosity(String verbosity) {
      this.verbosity = verbosity;
    }

    public Boolean getSpeakUncertain() {
      return speakUncertain;
    }

    public void setSpeakUncertain(Boolean speakUncertain) {
      this.speakUncertain = speakUncertain;
    }

    public Boolean getStrangerTone() {
      return strangerTone;
    }

    public void setStrangerTone(Boolean strangerTone) {
      this.strangerTone = strangerTone;
    }
  }

  /** A clinician's report on an answer. */
  public static final class Feedback {
    public long auditEventId;
    public boolean correct;
    public Long actualPersonId;
    public String comment;
  }
}
