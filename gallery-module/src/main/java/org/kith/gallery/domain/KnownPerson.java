package org.kith.gallery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.kith.api.tenancy.ClinicId;

/**
 * Someone a patient knows: what the device says when it recognises them. Identity is the surrogate
 * id, never the name, so renaming a person can never merge two people.
 */
@Entity
@Table(name = "known_person")
public class KnownPerson {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "clinic_id", nullable = false, updatable = false, length = 63)
  private String clinicId;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private long patientId;

  @Column(name = "display_name", nullable = false, length = 80)
  private String displayName;

  @Column(name = "relationship", nullable = false, length = 80)
  private String relationship;

  @Column(name = "memory_cue", length = 200)
  private String memoryCue;

  @Column(name = "pronunciation_hint", length = 120)
  private String pronunciationHint;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 255)
  private String createdBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected KnownPerson() {}

  public KnownPerson(Patient patient, PersonDetails details, String createdBy, Instant createdAt) {
    this.clinicId = patient.clinic().value();
    this.patientId = Objects.requireNonNull(patient.id(), "patient id");
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    describe(details);
  }

  /** Changes what is said about the person; who they are (the id) never changes. */
  public final void describe(PersonDetails details) {
    this.displayName = details.displayName();
    this.relationship = details.relationship();
    this.memoryCue = details.memoryCue();
    this.pronunciationHint = details.pronunciationHint();
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

  public PersonDetails details() {
    return new PersonDetails(displayName, relationship, memoryCue, pronunciationHint);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }
}
