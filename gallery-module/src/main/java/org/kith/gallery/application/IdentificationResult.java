package org.kith.gallery.application;

import java.util.List;
import java.util.Map;

/**
 * An identify answer: {@code status} OK, NO_FACE or LOW_QUALITY (every face too poor to match), the
 * faces that were matched, the audit event recording it, and where the time went.
 */
public record IdentificationResult(
    String status,
    long auditEventId,
    String requestId,
    List<IdentifiedFace> faces,
    Map<String, Double> millis) {}
