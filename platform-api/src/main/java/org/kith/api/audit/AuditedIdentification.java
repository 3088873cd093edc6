package org.kith.api.audit;

import java.util.List;

/** What an identification decided, with the model that produced the embeddings and its latency. */
public record AuditedIdentification(
    String modelId, String modelVersion, Long latencyMillis, List<AuditedFace> faces) {}
