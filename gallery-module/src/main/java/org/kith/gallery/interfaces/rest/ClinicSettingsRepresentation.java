package org.kith.gallery.interfaces.rest;

import org.kith.gallery.domain.ClinicSettings;

/** The caller's clinic's settings. */
public record ClinicSettingsRepresentation(boolean thumbnails) {
  static ClinicSettingsRepresentation of(ClinicSettings settings) {
    return new ClinicSettingsRepresentation(settings.thumbnails());
  }
}
