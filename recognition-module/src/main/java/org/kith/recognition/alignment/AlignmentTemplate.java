package org.kith.recognition.alignment;

import java.util.Locale;
import org.kith.recognition.image.RgbImage;

/**
 * Where an embedding model expects the five points (subject's right eye, left eye, nose tip, right
 * mouth corner, left mouth corner, i.e. image left to right) in its input crop. Named in the model
 * manifest so a clinic's model brings its own.
 */
public record AlignmentTemplate(String name, double[][] points, double size) implements FaceCrop {

  /** InsightFace/ArcFace's template for a 112-pixel crop, the common one for face embeddings. */
  public static final AlignmentTemplate ARCFACE_112 =
      new AlignmentTemplate(
          "arcface-112",
          new double[][] {
            {38.2946, 51.6963},
            {73.5318, 51.5014},
            {56.0252, 71.7366},
            {41.5493, 92.3655},
            {70.7299, 92.2041}
          },
          112);

  public static AlignmentTemplate named(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "arcface-112", "arcface" -> ARCFACE_112;
      default -> throw new IllegalArgumentException("unknown alignment template " + name);
    };
  }

  @Override
  public Landmarks landmarks() {
    return Landmarks.EYE_CENTRES_NOSE_TIP_MOUTH;
  }

  @Override
  public float[] extract(RgbImage image, double[][] points, int crop) {
    return FaceAligner.warp(image, FaceAligner.cropToImage(this, points, crop), crop);
  }

  /** The template's points for a crop of {@code crop} pixels (the template scales uniformly). */
  public double[][] pointsFor(int crop) {
    double s = crop / size;
    double[][] out = new double[points.length][];
    for (int i = 0; i < points.length; i++) {
      out[i] = new double[] {points[i][0] * s, points[i][1] * s};
    }
    return out;
  }
}
