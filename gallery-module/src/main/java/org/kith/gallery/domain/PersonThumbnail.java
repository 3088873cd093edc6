package org.kith.gallery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A known person's small face picture (JPEG, at most 160x160), kept only while their clinic enables
 * thumbnails and while they have templates, stored encrypted. It comes from the best-quality photo
 * accepted so far; a better one replaces it.
 */
@Entity
@Table(name = "person_thumbnail")
public class PersonThumbnail {
  @Id
  @Column(name = "person_id")
  private Long personId;

  @Column(name = "clinic_id", nullable = false, updatable = false, length = 63)
  private String clinicId;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private long patientId;

  @Column(name = "quality", nullable = false)
  private double quality;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "key_id", nullable = false, length = 64)
  private String keyId;

  @Column(name = "iv", nullable = false, length = 12)
  private byte[] iv;

  @Column(name = "ciphertext", nullable = false, columnDefinition = "MEDIUMBLOB")
  private byte[] ciphertext;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected PersonThumbnail() {}

  public PersonThumbnail(KnownPerson person) {
    this.personId = Objects.requireNonNull(person.id(), "person id");
    this.clinicId = person.clinic().value();
    this.patientId = person.patientId();
    this.quality = Double.NEGATIVE_INFINITY;
  }

  /** What the ciphertext is bound to: this person's thumbnail, nothing else. */
  public static String purpose(long personId) {
    return "person-thumbnail:" + personId;
  }

  public void replace(SealedBytes sealed, double quality, Instant at) {
    this.keyId = sealed.keyId();
    this.iv = sealed.iv();
    this.ciphertext = sealed.ciphertext();
    this.quality = quality;
    this.createdAt = Objects.requireNonNull(at, "at");
  }

  public long personId() {
    return personId;
  }

  public double quality() {
    return quality;
  }

  public SealedBytes sealed() {
    return new SealedBytes(keyId, iv, ciphertext);
  }
}
