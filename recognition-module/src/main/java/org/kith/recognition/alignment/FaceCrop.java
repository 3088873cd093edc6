package org.kith.recognition.alignment;

import org.kith.recognition.image.RgbImage;

/**
 * How an embedding model's input crop is cut from the image: which five landmarks place it and how
 * the pixels are sampled. Named by the model manifest's {@code template}, since a descriptor only
 * works on the crop geometry it was trained on.
 */
public sealed interface FaceCrop permits AlignmentTemplate, FaceChip {

  /** The five landmarks a crop is placed by, in the order the crop lists them. */
  enum Landmarks {
    /**
     * Image left to right: subject's right eye centre, left eye centre, nose tip, right and left
     * mouth corner (InsightFace/ArcFace).
     */
    EYE_CENTRES_NOSE_TIP_MOUTH,
    /**
     * dlib's 5-point order: subject's left eye outer and inner corner, right eye outer and inner
     * corner, base of the nose.
     */
    EYE_CORNERS_NOSE_BASE
  }

  String name();

  Landmarks landmarks();

  /** The crop, size × size, RGB 0..255, row-major HWC, placed by {@link #landmarks()}. */
  float[] extract(RgbImage image, double[][] points, int size);
}
