package org.kith.gallery.domain;

import java.util.Optional;
import org.kith.api.tenancy.ClinicId;

/** Clinics' settings; a clinic without a row has the defaults. */
public interface ClinicSettingsRepository {
  Optional<ClinicSettings> find(ClinicId clinic);

  /** The clinic's settings row, locked for the rest of the transaction. */
  Optional<ClinicSettings> lock(ClinicId clinic);

  void add(ClinicSettings settings);
}
