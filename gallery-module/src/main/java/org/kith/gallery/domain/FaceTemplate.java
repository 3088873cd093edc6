package org.kith.gallery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.kith.api.recognition.EmbeddingModel;
import org.kith.api.recognition.FaceEmbedding;
import org.kith.api.recognition.FaceQuality;
import org.kith.api.recognition.HeadPose;
import org.kith.api.tenancy.ClinicId;

/**
 * One enrolled face of a known person: the embedding, the model that made it (never compared with
 * another model's vectors), the quality context it was taken in and the SHA-256 of its source
 * image. Templates are immutable; they are created by enrolment and deleted, never changed.
 */
@Entity
@Table(name = "face_template")
public class FaceTemplate {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "clinic_id", nullable = false, updatable = false, length = 63)
  private String clinicId;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private long patientId;

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Column(name = "model_id", nullable = false, updatable = false, length = 64)
  private String modelId;

  @Column(name = "model_version", nullable = false, updatable = false, length = 32)
  private String modelVersion;

  @Column(name = "dimension", nullable = false, updatable = false)
  private int dimension;

  @Column(name = "embedding", nullable = false, updatable = false, length = 8192)
  private byte[] embedding;

  @Column(name = "quality_score", nullable = false, updatable = false)
  private double qualityScore;

  @Column(name = "brightness", nullable = false, updatable = false)
  private double brightness;

  @Column(name = "contrast", nullable = false, updatable = false)
  private double contrast;

  @Column(name = "sharpness", nullable = false, updatable = false)
  private double sharpness;

  @Column(name = "face_size", nullable = false, updatable = false)
  private double faceSize;

  @Column(name = "occlusion", nullable = false, updatable = false)
  private double occlusion;

  @Column(name = "detection_score", nullable = false, updatable = false)
  private double detectionScore;

  @Column(name = "liveness", nullable = false, updatable = false)
  private double liveness;

  @Column(name = "yaw", nullable = false, updatable = false)
  private double yaw;

  @Column(name = "pitch", nullable = false, updatable = false)
  private double pitch;

  @Column(name = "roll", nullable = false, updatable = false)
  private double roll;

  @Column(name = "source_sha256", nullable = false, updatable = false, length = 64)
  private String sourceSha256;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 255)
  private String createdBy;

  protected FaceTemplate() {}

  public FaceTemplate(
      KnownPerson person,
      FaceEmbedding embedding,
      FaceQuality quality,
      HeadPose pose,
      String sourceSha256,
      String createdBy,
      Instant createdAt) {
    this.clinicId = person.clinic().value();
    this.patientId = person.patientId();
    this.personId = Objects.requireNonNull(person.id(), "person id");
    EmbeddingModel model = embedding.model();
    this.modelId = model.id();
    this.modelVersion = model.version();
    this.dimension = model.dimension();
    this.embedding = Embeddings.toBytes(embedding.vector());
    this.qualityScore = quality.score();
    this.brightness = quality.brightness();
    this.contrast = quality.contrast();
    this.sharpness = quality.sharpness();
    this.faceSize = quality.faceSize();
    this.occlusion = quality.occlusion();
    this.detectionScore = quality.detectionScore();
    this.liveness = quality.liveness();
    this.yaw = pose.yaw();
    this.pitch = pose.pitch();
    this.roll = pose.roll();
    this.sourceSha256 = Objects.requireNonNull(sourceSha256, "sourceSha256");
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  public Long id() {
    return id;
  }

  public ClinicId clinic() {
    return new ClinicId(clinicId);
  }

  public long patientId() {
    return patientId;
  }

  public long personId() {
    return personId;
  }

  public EmbeddingModel model() {
    return new EmbeddingModel(modelId, modelVersion, dimension);
  }

  /** The stored vector; checked against the recorded dimension so a corrupt row fails loudly. */
  public float[] vector() {
    return Embeddings.fromBytes(embedding, dimension);
  }

  public FaceQuality quality() {
    return new FaceQuality(
        qualityScore,
        brightness,
        contrast,
        sharpness,
        faceSize,
        occlusion,
        detectionScore,
        liveness);
  }

  public HeadPose pose() {
    return new HeadPose(yaw, pitch, roll);
  }

  public String sourceSha256() {
    return sourceSha256;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
