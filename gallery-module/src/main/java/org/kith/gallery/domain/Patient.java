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
 * A person with prosopagnosia cared for by a clinic. Kith stores a pseudonym the clinic chooses
 * (for example a case number or initials), never the patient's full name.
 */
@Entity
@Table(name = "patient")
public class Patient {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "clinic_id", nullable = false, updatable = false, length = 63)
  private String clinicId;

  @Column(name = "pseudonym", nullable = false, length = 80)
  private String pseudonym;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 255)
  private String createdBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Patient() {}

  public Patient(ClinicId clinic, String pseudonym, String createdBy, Instant createdAt) {
    this.clinicId = Objects.requireNonNull(clinic, "clinic").value();
    this.pseudonym = Objects.requireNonNull(pseudonym, "pseudonym");
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  public Long id() {
    return id;
  }

  public ClinicId clinic() {
    return new ClinicId(clinicId);
  }

  public String pseudonym() {
    return pseudonym;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public long version() {
    return version;
  }
}
