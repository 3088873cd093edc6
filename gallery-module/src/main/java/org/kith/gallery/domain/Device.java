package org.kith.gallery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.kith.api.tenancy.ClinicId;

/**
 * A patient's assistive device (glasses, a phone). It authenticates as its own identity-provider
 * client; this record binds that client to exactly one patient. A revoked device stays on record.
 */
@Entity
@Table(name = "device")
public class Device {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "clinic_id", nullable = false, updatable = false, length = 63)
  private String clinicId;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private long patientId;

  @Column(name = "client_id", nullable = false, updatable = false, length = 100)
  private String clientId;

  @Column(name = "label", nullable = false, length = 80)
  private String label;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  @Column(name = "registered_by", nullable = false, updatable = false, length = 255)
  private String registeredBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by", length = 255)
  private String revokedBy;

  /** Written only by a conditional UPDATE (see {@link DeviceRepository#markSeen}). */
  @Column(name = "last_seen_at", insertable = false, updatable = false)
  private Instant lastSeenAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Device() {}

  public Device(
      Patient patient, String clientId, String label, String registeredBy, Instant registeredAt) {
    this.clinicId = patient.clinic().value();
    this.patientId = Objects.requireNonNull(patient.id(), "patient id");
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.label = Objects.requireNonNull(label, "label").strip();
    this.registeredBy = Objects.requireNonNull(registeredBy, "registeredBy");
    this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
  }

  /** Records the revocation; returns false when the device was already revoked. */
  public boolean revoke(String by, Instant at) {
    if (revokedAt != null) {
      return false;
    }
    revokedAt = Objects.requireNonNull(at, "at");
    revokedBy = Objects.requireNonNull(by, "by");
    return true;
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

  public String clientId() {
    return clientId;
  }

  public String label() {
    return label;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public boolean isActive() {
    return revokedAt == null;
  }

  /** When the device last identified, or empty when it never has. */
  public Optional<Instant> lastSeenAt() {
    return Optional.ofNullable(lastSeenAt);
  }

  /** Active and seen within {@code window} before {@code now}. */
  public boolean isOnlineAt(Instant now, Duration window) {
    return isActive() && lastSeenAt != null && !lastSeenAt.isBefore(now.minus(window));
  }
}
