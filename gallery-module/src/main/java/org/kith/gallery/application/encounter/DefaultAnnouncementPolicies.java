package org.kith.gallery.application.encounter;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.kith.api.audit.AuditAction;
import org.kith.api.problem.NotFoundException;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.application.Actors;
import org.kith.gallery.application.GalleryAudit;
import org.kith.gallery.domain.AnnouncementSettings;
import org.kith.gallery.domain.AnnouncementSettingsRepository;
import org.kith.gallery.domain.PatientRepository;
import org.kith.gallery.domain.encounter.AnnouncementPolicy;

@Stateless
public class DefaultAnnouncementPolicies implements AnnouncementPolicies {
  @Inject AnnouncementSettingsRepository settings;
  @Inject PatientRepository patients;
  @Inject GalleryAudit audit;
  @Inject Actors actors;

  @Override
  public AnnouncementPolicy policy(ClinicId clinic, long patientId) {
    patients.find(clinic, patientId).orElseThrow(() -> new NotFoundException("patient", patientId));
    return settings
        .find(clinic, patientId)
        .map(AnnouncementSettings::policy)
        .orElse(AnnouncementPolicy.DEFAULTS);
  }

  @Override
  public AnnouncementPolicy change(ClinicId clinic, long patientId, AnnouncementPolicy policy) {
    patients.find(clinic, patientId).orElseThrow(() -> new NotFoundException("patient", patientId));
    Instant now = Instant.now(Clock.systemUTC());
    AnnouncementSettings current =
        settings
            .find(clinic, patientId)
            .orElseGet(
                () -> {
                  AnnouncementSettings fresh = new AnnouncementSettings(clinic, patientId);
                  fresh.change(policy, actors.current().subject(), now);
                  settings.add(fresh);
                  return fresh;
                });
    current.change(policy, actors.current().subject(), now);
    audit.change(
        clinic,
        actors.current(),
        AuditAction.PATIENT_CHANGED,
        patientId,
        "PATIENT",
        patientId,
        "announcement policy: cool-down "
            + policy.coolDown().toSeconds()
            + " s, "
            + policy.verbosity()
            + (policy.speakUncertain() ? ", uncertain spoken" : ", uncertain silent")
            + (policy.strangerTone() ? ", stranger tone" : ", strangers silent"));
    return current.policy();
  }
}
