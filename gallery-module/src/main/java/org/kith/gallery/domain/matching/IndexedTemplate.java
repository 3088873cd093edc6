package org.kith.gallery.domain.matching;

import java.util.Objects;
import org.kith.api.recognition.EmbeddingModel;

/** What the match index keeps of a template: whose it is, which model made it, and the vector. */
public record IndexedTemplate(
    long templateId, long personId, EmbeddingModel model, float[] vector) {
  public IndexedTemplate {
    Objects.requireNonNull(model, "model");
    if (vector.length != model.dimension()) {
      throw new IllegalArgumentException("vector length does not match the model's dimension");
    }
  }
}
