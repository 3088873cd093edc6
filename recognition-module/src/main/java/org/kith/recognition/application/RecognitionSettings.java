package org.kith.recognition.application;

import org.kith.recognition.image.ImageLimits;

/**
 * The pipeline's settings ({@code kith.recognition.*}): image limits, detector threshold and face
 * cap, which manifest model embeds, and the measured switches (flip-averaging, CLAHE, liveness).
 */
public record RecognitionSettings(
    ImageLimits limits,
    double minDetectionScore,
    int maxFaces,
    String embeddingModel,
    boolean flipAveraging,
    boolean clahe,
    boolean liveness) {

  public static RecognitionSettings defaults() {
    return new RecognitionSettings(
        ImageLimits.DEFAULT, 0.5, 20, "facerec-dlib", false, false, true);
  }

  public RecognitionSettings withEmbedding(String model, boolean flip, boolean useClahe) {
    return new RecognitionSettings(
        limits, minDetectionScore, maxFaces, model, flip, useClahe, liveness);
  }
}
