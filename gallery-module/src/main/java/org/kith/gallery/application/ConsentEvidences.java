package org.kith.gallery.application;

import java.io.InputStream;
import java.util.Collection;
import java.util.Map;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.EvidenceSummary;
import org.kith.gallery.domain.EvidenceType;

/** The file that proves a consent was given: upload (encrypted at rest), read back. */
public interface ConsentEvidences {
  /** A decrypted evidence file. */
  record EvidenceFile(EvidenceType type, byte[] content) {}

  /**
   * Stores {@code body} as the consent's evidence, replacing an earlier file. Refused, with nothing
   * changed, unless the consent is active, the declared type is allowed, and the body is non-empty,
   * within the size limit and really of that type.
   */
  EvidenceSummary upload(
      ClinicId clinic,
      long patientId,
      long personId,
      long consentId,
      String contentType,
      InputStream body);

  EvidenceFile download(ClinicId clinic, long patientId, long personId, long consentId);

  /** The evidence of each listed consent that has one. */
  Map<Long, EvidenceSummary> summaries(ClinicId clinic, Collection<Long> consentIds);
}
