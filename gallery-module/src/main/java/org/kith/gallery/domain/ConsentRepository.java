package org.kith.gallery.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kith.api.tenancy.ClinicId;

/** Consents of known persons; there is deliberately no way to delete one. */
public interface ConsentRepository {
  Optional<Consent> find(ClinicId clinic, long personId, long consentId);

  /** A person's consents, newest first: the consent history. */
  List<Consent> history(ClinicId clinic, long personId);

  void add(Consent consent);

  /** Deletes every consent record of the person (their evidence with them); returns how many. */
  int removeAllOf(ClinicId clinic, long personId);

  /**
   * The person's active consent, locked for the rest of the transaction, so an enrolment and a
   * withdrawal of the same person serialise: no template can be written after its erasure.
   */
  Optional<Consent> lockActive(ClinicId clinic, long personId, Instant now);

  /** The patient's persons whose consent is active at {@code now}, each with its expiry. */
  Map<Long, Optional<Instant>> activeOfPatient(long patientId, Instant now);

  /** Consents that expired by {@code now} and whose person still has templates. */
  List<Consent> expiredWithTemplates(Instant now);
}
