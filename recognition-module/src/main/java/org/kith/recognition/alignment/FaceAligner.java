package org.kith.recognition.alignment;

import org.kith.recognition.image.RgbImage;

/** Samples an aligned face crop: the similarity fitted to a template, then a bilinear warp. */
public final class FaceAligner {
  private FaceAligner() {}

  /**
   * The transform from crop pixels to image pixels that puts the five image points (template order)
   * where the template has them in a {@code size}-pixel crop.
   */
  public static SimilarityTransform cropToImage(
      AlignmentTemplate template, double[][] imagePoints, int size) {
    return SimilarityTransform.estimate(template.pointsFor(size), imagePoints);
  }

  /** The crop, size × size, RGB 0..255, row-major HWC. */
  public static float[] warp(RgbImage image, SimilarityTransform cropToImage, int size) {
    return warp(image, cropToImage, size, size);
  }

  public static float[] warp(
      RgbImage image, SimilarityTransform cropToImage, int width, int height) {
    float[] out = new float[width * height * 3];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.sample(cropToImage.x(x, y), cropToImage.y(x, y), out, (y * width + x) * 3);
      }
    }
    return out;
  }
}
