package org.kith.gallery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.kith.api.problem.KithException;
import org.kith.api.recognition.FaceRecognition;

/**
 * The embedding model the recognition module runs now, as enrolment and identify see it: the model
 * of the latest embedding it made, or before the first one the model its runtime names. Unknown
 * only while the recognition module cannot be reached.
 */
@ApplicationScoped
public class CurrentModel {
  @Inject FaceRecognition recognition;

  /**
   * The running model's {@code id@version}, or empty while the recognition module is unreachable.
   */
  public Optional<String> key() {
    try {
      return Optional.of(recognition.embeddingModel().key());
    } catch (KithException e) {
      return Optional.empty();
    }
  }

  /** As {@link #key()}, or {@code RECOGNITION_UNAVAILABLE} while it is not known. */
  public String require() {
    return key()
        .orElseThrow(
            () ->
                new KithException(
                    GalleryErrors.RECOGNITION_UNAVAILABLE,
                    "the current face model is not known: the recognition service cannot be"
                        + " reached"));
  }
}
