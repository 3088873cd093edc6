package org.kith.gallery.domain;

import java.util.List;
import java.util.Optional;
import org.kith.api.tenancy.ClinicId;

/** Consents of known persons; there is deliberately no way to delete one. */
public interface ConsentRepository {
  Optional<Consent> find(ClinicId clinic, long personId, long consentId);

  /** A person's consents, newest first: the consent history. */
  List<Consent> history(ClinicId clinic, long personId);

  void add(Consent consent);
}
