package org.kith.gallery.interfaces.rest;

import java.time.Instant;
import org.kith.gallery.domain.Patient;

/** A patient as the API shows it. */
public record PatientRepresentation(long id, String pseudonym, Instant createdAt) {
  static PatientRepresentation of(Patient patient) {
    return new PatientRepresentation(patient.id(), patient.pseudonym(), patient.createdAt());
  }
}
