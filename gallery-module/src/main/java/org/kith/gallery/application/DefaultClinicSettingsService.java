package org.kith.gallery.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.kith.api.audit.AuditAction;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.ClinicSettings;
import org.kith.gallery.domain.ClinicSettingsRepository;

@Stateless
public class DefaultClinicSettingsService implements ClinicSettingsService {
  private static final Logger LOG = Logger.getLogger(DefaultClinicSettingsService.class.getName());

  @Inject ClinicSettingsRepository settings;
  @Inject Thumbnails thumbnails;
  @Inject GalleryAudit audit;
  @Inject Actors actors;

  @Override
  public ClinicSettings get(ClinicId clinic) {
    return settings.find(clinic).orElseGet(() -> ClinicSettings.defaults(clinic));
  }

  @Override
  public ClinicSettings thumbnails(ClinicId clinic, boolean enabled, String by) {
    Instant now = Instant.now(Clock.systemUTC());
    ClinicSettings current = settings.lock(clinic).orElse(null);
    boolean before = current != null && current.thumbnails();
    if (current == null) {
      current = new ClinicSettings(clinic, by, now);
      current.thumbnails(enabled, by, now);
      settings.add(current);
    } else {
      current.thumbnails(enabled, by, now);
    }
    String reason;
    if (enabled) {
      reason = before ? "thumbnails stay enabled" : "thumbnails enabled";
    } else {
      int erased = thumbnails.eraseClinic(clinic);
      reason = "thumbnails disabled, " + erased + " thumbnail(s) erased";
      LOG.info(() -> "GAL-120 thumbnails disabled for a clinic, " + erased + " erased");
    }
    audit.clinicChange(clinic, actors.current(), AuditAction.CLINIC_CHANGED, reason);
    return current;
  }
}
