package org.kith.gallery.domain;

import java.time.Instant;

/** What is known about a consent's evidence without decrypting it. */
public record EvidenceSummary(
    long consentId,
    EvidenceType type,
    long bytes,
    String sha256,
    Instant uploadedAt,
    String uploadedBy) {}
