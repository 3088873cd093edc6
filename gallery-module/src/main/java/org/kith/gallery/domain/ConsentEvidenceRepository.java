package org.kith.gallery.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.kith.api.tenancy.ClinicId;

/** Consents' evidence files, always looked up within one clinic. */
public interface ConsentEvidenceRepository {
  /** The evidence with its ciphertext, locked for replacement. */
  Optional<ConsentEvidence> find(ClinicId clinic, long consentId);

  /** The evidence of each of the consents that has one, without loading the files. */
  Map<Long, EvidenceSummary> summaries(ClinicId clinic, Collection<Long> consentIds);

  void add(ConsentEvidence evidence);
}
