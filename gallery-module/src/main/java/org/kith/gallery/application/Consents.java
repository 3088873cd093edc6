package org.kith.gallery.application;

import java.util.List;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.Consent;
import org.kith.gallery.domain.ConsentTerms;

/** Recording, reading and withdrawing a known person's consent. */
public interface Consents {
  /** Refused while the person already has an active consent: withdraw it or let it expire first. */
  Consent record(ClinicId clinic, long patientId, long personId, ConsentTerms terms, String by);

  List<Consent> history(ClinicId clinic, long patientId, long personId);

  /** Withdraws the consent now; the person can no longer be recognised for this patient. */
  Consent withdraw(ClinicId clinic, long patientId, long personId, long consentId, String by);
}
