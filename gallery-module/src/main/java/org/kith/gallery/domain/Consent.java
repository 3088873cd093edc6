package org.kith.gallery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A known person's consent to be recognised for one patient. Consents are evidence and are never
 * deleted: withdrawal is recorded on the row, and expiry follows from {@code expiresAt}.
 */
@Entity
@Table(name = "consent")
public class Consent {
  /** Kith's only scope: the consent covers recognition for this one patient. */
  public static final String SCOPE_THIS_PATIENT = "PATIENT";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "clinic_id", nullable = false, updatable = false, length = 63)
  private String clinicId;

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Column(name = "scope", nullable = false, updatable = false, length = 16)
  private String scope;

  @Enumerated(EnumType.STRING)
  @Column(name = "given_by", nullable = false, updatable = false, length = 32)
  private ConsentGiver givenBy;

  @Column(name = "representative_name", updatable = false, length = 120)
  private String representativeName;

  @Enumerated(EnumType.STRING)
  @Column(name = "method", nullable = false, updatable = false, length = 32)
  private ConsentMethod method;

  @Column(name = "witness", updatable = false, length = 120)
  private String witness;

  @Column(name = "evidence_reference", updatable = false, length = 200)
  private String evidenceReference;

  @Column(name = "given_at", nullable = false, updatable = false)
  private Instant givenAt;

  @Column(name = "expires_at", updatable = false)
  private Instant expiresAt;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 255)
  private String recordedBy;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "withdrawn_by", length = 255)
  private String withdrawnBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Consent() {}

  public Consent(KnownPerson person, ConsentTerms terms, String recordedBy, Instant recordedAt) {
    this.clinicId = Objects.requireNonNull(person, "person").clinic().value();
    this.personId = Objects.requireNonNull(person.id(), "person id");
    this.scope = SCOPE_THIS_PATIENT;
    this.givenBy = terms.givenBy();
    this.representativeName = terms.representativeName();
    this.method = terms.method();
    this.witness = terms.witness();
    this.evidenceReference = terms.evidenceReference();
    this.givenAt = terms.givenAt();
    this.expiresAt = terms.expiresAt();
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
  }

  public ConsentStatus statusAt(Instant now) {
    if (withdrawnAt != null) {
      return ConsentStatus.WITHDRAWN;
    }
    if (expiresAt != null && !now.isBefore(expiresAt)) {
      return ConsentStatus.EXPIRED;
    }
    return ConsentStatus.ACTIVE;
  }

  /** Records the withdrawal; a consent already withdrawn keeps its first withdrawal. */
  public boolean withdraw(String by, Instant at) {
    if (withdrawnAt != null) {
      return false;
    }
    withdrawnAt = Objects.requireNonNull(at, "at");
    withdrawnBy = Objects.requireNonNull(by, "by");
    return true;
  }

  public Long id() {
    return id;
  }

  public long personId() {
    return personId;
  }

  public String scope() {
    return scope;
  }

  public ConsentTerms terms() {
    return new ConsentTerms(
        givenBy, representativeName, method, witness, evidenceReference, givenAt, expiresAt);
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public Optional<Instant> withdrawnAt() {
    return Optional.ofNullable(withdrawnAt);
  }
}
