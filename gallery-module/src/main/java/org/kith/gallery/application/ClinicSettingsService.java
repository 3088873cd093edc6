package org.kith.gallery.application;

import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.ClinicSettings;

/** A clinic's own settings: read by its staff, changed by its administrator. */
public interface ClinicSettingsService {
  ClinicSettings get(ClinicId clinic);

  /**
   * Turns thumbnails on or off. Turning them off erases every thumbnail of the clinic in the same
   * transaction.
   */
  ClinicSettings thumbnails(ClinicId clinic, boolean enabled, String by);
}
