package org.kith.gallery.application;

import java.util.List;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.ConsentStatus;
import org.kith.gallery.domain.KnownPerson;
import org.kith.gallery.domain.PersonDetails;

/** A patient's known persons. Every call is scoped to the caller's clinic and one patient. */
public interface KnownPersons {
  /** What removing a person erased, counted for the audit log (never named). */
  record Removal(int templates, int consentRecords) {}

  KnownPerson add(ClinicId clinic, long patientId, PersonDetails details, String by);

  /**
   * Throws {@link org.kith.api.problem.NotFoundException} for persons of other patients or clinics
   * too.
   */
  KnownPerson get(ClinicId clinic, long patientId, long personId);

  List<KnownPerson> list(ClinicId clinic, long patientId, int offset, int limit);

  /** Re-describes the person; {@code expectedVersion} (if given) guards against lost updates. */
  KnownPerson describe(
      ClinicId clinic, long patientId, long personId, PersonDetails details, Long expectedVersion);

  ConsentStatus consentStatus(ClinicId clinic, long personId);

  /**
   * Removes the person and everything Kith holds about them, in one transaction: face templates,
   * thumbnail, consent records with their evidence, and the person. The audit log keeps that it
   * happened (it names ids only).
   */
  Removal remove(ClinicId clinic, long patientId, long personId);
}
