package org.kith.api.recognition;

/**
 * An L2-normalised embedding and the model that made it. Vectors of different {@link
 * EmbeddingModel}s are never compared.
 */
public record FaceEmbedding(EmbeddingModel model, float[] vector) {
  public FaceEmbedding {
    if (vector.length != model.dimension()) {
      throw new IllegalArgumentException(
          "vector has " + vector.length + " values, model says " + model.dimension());
    }
  }
}
