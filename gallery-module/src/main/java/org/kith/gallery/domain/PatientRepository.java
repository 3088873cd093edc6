package org.kith.gallery.domain;

import java.util.List;
import java.util.Optional;
import org.kith.api.tenancy.ClinicId;

/** Patients, always looked up within one clinic: there is no query that crosses clinics. */
public interface PatientRepository {
  Optional<Patient> find(ClinicId clinic, long id);

  List<Patient> list(ClinicId clinic, int offset, int limit);

  void add(Patient patient);
}
