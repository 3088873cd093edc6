package org.kith.gallery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.kith.api.tenancy.ClinicId;

/** A clinic's own choices about what the gallery keeps. Defaults: everything optional is off. */
@Entity
@Table(name = "clinic_settings")
public class ClinicSettings {
  @Id
  @Column(name = "clinic_id", length = 63)
  private String clinicId;

  /** Whether a small encrypted face picture is kept per known person, for the clinician's lists. */
  @Column(name = "thumbnails", nullable = false)
  private boolean thumbnails;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = 255)
  private String changedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ClinicSettings() {}

  public ClinicSettings(ClinicId clinic, String by, Instant at) {
    this.clinicId = clinic.value();
    this.changedBy = Objects.requireNonNull(by, "by");
    this.changedAt = Objects.requireNonNull(at, "at");
  }

  /** The settings a clinic has before anyone changed them; never stored as such. */
  public static ClinicSettings defaults(ClinicId clinic) {
    ClinicSettings settings = new ClinicSettings();
    settings.clinicId = clinic.value();
    return settings;
  }

  public ClinicId clinic() {
    return new ClinicId(clinicId);
  }

  public boolean thumbnails() {
    return thumbnails;
  }

  public void thumbnails(boolean enabled, String by, Instant at) {
    this.thumbnails = enabled;
    this.changedBy = Objects.requireNonNull(by, "by");
    this.changedAt = Objects.requireNonNull(at, "at");
  }
}
