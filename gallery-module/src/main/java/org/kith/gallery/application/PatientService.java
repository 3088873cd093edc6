package org.kith.gallery.application;

import java.util.List;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.Patient;

/** Registering and reading a clinic's patients. */
public interface PatientService {
  Patient register(ClinicId clinic, String pseudonym, String registeredBy);

  /** Throws {@link org.kith.api.problem.NotFoundException} for a patient of another clinic too. */
  Patient get(ClinicId clinic, long id);

  List<Patient> list(ClinicId clinic, int offset, int limit);

  /**
   * Removes the patient and everything Kith holds about them: each known person as {@link
   * KnownPersons#remove} removes one, and every device, whose client is disabled first so that its
   * secret is dead at once. If the identity provider cannot be reached, nothing is removed ({@code
   * SERVICE_UNAVAILABLE}). The audit log keeps that it happened, with counts only.
   */
  void remove(ClinicId clinic, long id);
}
