package org.kith.gallery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.encounter.AnnouncementPolicy;
import org.kith.gallery.domain.encounter.Verbosity;

/** A patient's announcement policy as the clinician last set it. */
@Entity
@Table(name = "announcement_settings")
public class AnnouncementSettings {
  @Id
  @Column(name = "patient_id")
  private long patientId;

  @Column(name = "clinic_id", nullable = false, length = 63)
  private String clinicId;

  @Column(name = "cool_down_seconds", nullable = false)
  private int coolDownSeconds;

  @Enumerated(EnumType.STRING)
  @Column(name = "verbosity", nullable = false, length = 32)
  private Verbosity verbosity;

  @Column(name = "speak_uncertain", nullable = false)
  private boolean speakUncertain;

  @Column(name = "stranger_tone", nullable = false)
  private boolean strangerTone;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = 255)
  private String changedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected AnnouncementSettings() {}

  public AnnouncementSettings(ClinicId clinic, long patientId) {
    this.clinicId = clinic.value();
    this.patientId = patientId;
  }

  public void change(AnnouncementPolicy policy, String by, Instant at) {
    this.coolDownSeconds = (int) policy.coolDown().toSeconds();
    this.verbosity = policy.verbosity();
    this.speakUncertain = policy.speakUncertain();
    this.strangerTone = policy.strangerTone();
    this.changedBy = Objects.requireNonNull(by, "by");
    this.changedAt = Objects.requireNonNull(at, "at");
  }

  public AnnouncementPolicy policy() {
    return new AnnouncementPolicy(
        Duration.ofSeconds(coolDownSeconds), verbosity, speakUncertain, strangerTone);
  }

  public long patientId() {
    return patientId;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public long version() {
    return version;
  }
}
