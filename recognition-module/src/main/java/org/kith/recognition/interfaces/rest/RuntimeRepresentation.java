package org.kith.recognition.interfaces.rest;

import java.util.List;

/** Which inference runtime and execution provider this instance uses, and the models it serves. */
public record RuntimeRepresentation(
    String onnxruntime,
    String executionProvider,
    List<String> availableProviders,
    List<ModelRepresentation> models,
    EmbeddingModelRepresentation embeddingModel) {}
