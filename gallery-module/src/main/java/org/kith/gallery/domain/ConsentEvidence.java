package org.kith.gallery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * The file that proves a consent was given (a signed form, a photo of it), stored encrypted, at
 * most one per consent: a new upload replaces it. It outlives a withdrawal, because it proves the
 * consent that was in force until then, and goes with the consent's person.
 */
@Entity
@Table(name = "consent_evidence")
public class ConsentEvidence {
  @Id
  @Column(name = "consent_id")
  private Long consentId;

  @Column(name = "clinic_id", nullable = false, updatable = false, length = 63)
  private String clinicId;

  @Enumerated(EnumType.STRING)
  @Column(name = "content_type", nullable = false, length = 16)
  private EvidenceType type;

  @Column(name = "byte_count", nullable = false)
  private long byteCount;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Column(name = "uploaded_by", nullable = false, length = 255)
  private String uploadedBy;

  @Column(name = "key_id", nullable = false, length = 64)
  private String keyId;

  @Column(name = "iv", nullable = false, length = 12)
  private byte[] iv;

  @Column(name = "ciphertext", nullable = false, columnDefinition = "LONGBLOB")
  private byte[] ciphertext;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ConsentEvidence() {}

  public ConsentEvidence(Consent consent, String clinicId) {
    this.consentId = Objects.requireNonNull(consent.id(), "consent id");
    this.clinicId = Objects.requireNonNull(clinicId, "clinicId");
  }

  /** What the ciphertext is bound to: this consent's evidence, nothing else. */
  public static String purpose(long consentId) {
    return "consent-evidence:" + consentId;
  }

  /** Puts a new file in place of the earlier one, if any. */
  public void replace(
      EvidenceType type,
      long bytes,
      String sha256,
      SealedBytes sealed,
      String uploadedBy,
      Instant uploadedAt) {
    this.type = Objects.requireNonNull(type, "type");
    this.byteCount = bytes;
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    this.keyId = sealed.keyId();
    this.iv = sealed.iv();
    this.ciphertext = sealed.ciphertext();
    this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
    this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
  }

  public long consentId() {
    return consentId;
  }

  public EvidenceType type() {
    return type;
  }

  public SealedBytes sealed() {
    return new SealedBytes(keyId, iv, ciphertext);
  }

  public EvidenceSummary summary() {
    return new EvidenceSummary(consentId, type, byteCount, sha256, uploadedAt, uploadedBy);
  }
}
