package org.kith.gallery.domain;

import java.util.Optional;
import org.kith.api.tenancy.ClinicId;

/** Patients' announcement policies; a patient without one has the defaults. */
public interface AnnouncementSettingsRepository {
  Optional<AnnouncementSettings> find(ClinicId clinic, long patientId);

  void add(AnnouncementSettings settings);
}
