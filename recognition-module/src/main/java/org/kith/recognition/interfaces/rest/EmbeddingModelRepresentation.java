package org.kith.recognition.interfaces.rest;

import org.kith.api.recognition.EmbeddingModel;

/**
 * The embedding model this instance makes templates with, so the gallery knows which of its
 * templates are current before it has seen a single face.
 */
public record EmbeddingModelRepresentation(String id, String version, int dimension) {
  static EmbeddingModelRepresentation of(EmbeddingModel model) {
    return new EmbeddingModelRepresentation(model.id(), model.version(), model.dimension());
  }
}
