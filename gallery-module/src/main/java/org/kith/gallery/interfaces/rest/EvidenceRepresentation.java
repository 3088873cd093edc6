package org.kith.gallery.interfaces.rest;

import java.time.Instant;
import org.kith.gallery.domain.EvidenceSummary;

/**
 * A consent's evidence file as listed: its type, size and SHA-256 (of the plaintext), not its
 * bytes.
 */
public record EvidenceRepresentation(
    String contentType, long bytes, String sha256, Instant uploadedAt, String uploadedBy) {
  static EvidenceRepresentation of(EvidenceSummary summary) {
    return summary == null
        ? null
        : new EvidenceRepresentation(
            summary.type().mediaType(),
            summary.bytes(),
            summary.sha256(),
            summary.uploadedAt(),
            summary.uploadedBy());
  }
}
