package org.kith.gallery.domain;

import java.util.List;
import java.util.Optional;
import org.kith.api.tenancy.ClinicId;

/** Patients, always looked up within one clinic: there is no query that crosses clinics. */
public interface PatientRepository {
  Optional<Patient> find(ClinicId clinic, long id);

  List<Patient> list(ClinicId clinic, int offset, int limit);

  void add(Patient patient);

  /** Deletes the patient's row; everything that refers to it must be gone first. */
  void remove(Patient patient);

  /**
   * The version of the patient's set of templates, which every enrol, delete and erasure advances
   * in its own transaction. Match indexes compare it on each identify.
   */
  long galleryVersion(long patientId);

  /** Advances the patient's gallery version in the current transaction and returns the new one. */
  long advanceGalleryVersion(long patientId);

  /**
   * Takes the patient's row lock for the rest of the transaction. Every change to a patient's
   * templates or consents takes it before anything else, so such changes serialise in one order and
   * never deadlock on the rows they touch later (templates, thumbnails, the version).
   */
  void lockGallery(long patientId);
}
