package org.kith.recognition.landmarks;

import org.kith.api.recognition.Point;
import org.kith.recognition.alignment.FaceCrop;

/**
 * FaceMesh's 468 points for one face in image pixels ({@code z} relative depth at the same scale,
 * negative towards the camera) and its face-presence confidence in [0, 1].
 */
public record FaceMesh(double[][] points, double confidence) {

  public double[] point(int index) {
    return points[index];
  }

  /** The mean of some points, {x, y, z}. */
  public double[] mean(int[] indices) {
    double[] m = new double[3];
    for (int i : indices) {
      for (int c = 0; c < 3; c++) {
        m[c] += points[i][c] / indices.length;
      }
    }
    return m;
  }

  /**
   * The five alignment points in the contract's order: subject's left eye centre, right eye centre,
   * nose tip, left mouth corner, right mouth corner.
   */
  public double[][] fivePoints() {
    return new double[][] {
      mean(MeshTopology.LEFT_EYE),
      mean(MeshTopology.RIGHT_EYE),
      points[MeshTopology.NOSE_TIP],
      points[MeshTopology.MOUTH_LEFT],
      points[MeshTopology.MOUTH_RIGHT]
    };
  }

  /**
   * The five points in image left-to-right order as alignment templates list them: subject's right
   * eye, left eye, nose tip, right mouth corner, left mouth corner.
   */
  public double[][] templateOrder() {
    double[][] five = fivePoints();
    return new double[][] {five[1], five[0], five[2], five[4], five[3]};
  }

  /** The five points an embedding crop is placed by, in that crop's order. */
  public double[][] alignmentPoints(FaceCrop.Landmarks which) {
    return switch (which) {
      case EYE_CENTRES_NOSE_TIP_MOUTH -> templateOrder();
      case EYE_CORNERS_NOSE_BASE -> dlibOrder();
    };
  }

  /** {@link MeshTopology#DLIB_FIVE}'s points as {x, y}. */
  public double[][] dlibOrder() {
    double[][] out = new double[MeshTopology.DLIB_FIVE.length][];
    for (int i = 0; i < out.length; i++) {
      double[] p = points[MeshTopology.DLIB_FIVE[i]];
      out[i] = new double[] {p[0], p[1]};
    }
    return out;
  }

  public static Point toPoint(double[] p) {
    return new Point(p[0], p[1], p.length > 2 ? p[2] : 0);
  }
}
