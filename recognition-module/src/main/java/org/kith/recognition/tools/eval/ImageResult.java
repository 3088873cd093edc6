package org.kith.recognition.tools.eval;

import org.kith.api.recognition.EmbeddingModel;

/**
 * What the evaluation keeps of one analysed image: the chosen face's embedding and yaw, or why
 * there is none. {@code failure} is null on success; otherwise {@code NO_FACE} (failure to detect),
 * {@code MISSING} (no such file), {@code REJECTED:<code>} (the pipeline refused the image) or
 * {@code ERROR} (the pipeline failed).
 */
public record ImageResult(
    float[] embedding, EmbeddingModel model, double yaw, int faces, double millis, String failure) {

  public static final String NO_FACE = "NO_FACE";
  public static final String MISSING = "MISSING";
  public static final String ERROR = "ERROR";

  public static ImageResult failed(String failure, int faces, double millis) {
    return new ImageResult(null, null, Double.NaN, faces, millis, failure);
  }

  public boolean ok() {
    return failure == null;
  }
}
