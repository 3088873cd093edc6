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
}
