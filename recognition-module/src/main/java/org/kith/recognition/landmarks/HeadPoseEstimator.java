package org.kith.recognition.landmarks;

import org.kith.api.recognition.HeadPose;

/**
 * Yaw, pitch and roll from the mesh's own 3-D points. FaceMesh predicts depth, so its points form a
 * 3-D face in camera axes (x right, y down, z away from the camera). The head's frame is fitted
 * from the mesh's symmetric structure: the left-right axis is the mean of the vectors between
 * mirror-pair points (eyes, mouth corners, cheeks, jaw, brows, nostrils, temples), the up axis is
 * chin → forehead made orthogonal to it, and the face's forward axis is their cross product. In a
 * frontal face these are the camera's axes, so the frame's rotation is the head pose; averaging
 * eight pairs is the least-squares fit of that axis to the mirror symmetry. (MediaPipe's canonical
 * face model is not in any registry package we can fetch; this needs no template at all.)
 *
 * <p>Signs follow {@link HeadPose}: yaw positive when the subject turns to their left (the nose
 * moves to the image's right), pitch positive looking up, roll positive tilting clockwise.
 */
public final class HeadPoseEstimator {
  private HeadPoseEstimator() {}

  public static HeadPose estimate(FaceMesh mesh) {
    double[] side = new double[3];
    for (int[] pair : MeshTopology.SYMMETRIC_PAIRS) {
      double[] left = mesh.point(pair[0]);
      double[] right = mesh.point(pair[1]);
      for (int c = 0; c < 3; c++) {
        side[c] += left[c] - right[c];
      }
    }
    double[] x = unit(side);
    double[] chin = mesh.point(MeshTopology.CHIN);
    double[] forehead = mesh.point(MeshTopology.FOREHEAD);
    double[] up = {forehead[0] - chin[0], forehead[1] - chin[1], forehead[2] - chin[2]};
    double along = dot(up, x);
    double[] y =
        unit(new double[] {up[0] - along * x[0], up[1] - along * x[1], up[2] - along * x[2]});
    // x (to the image's right) × up (to the image's top) points towards the camera: −z.
    double[] forward = cross(x, y);
    double yaw = Math.toDegrees(Math.atan2(forward[0], -forward[2]));
    double pitch = Math.toDegrees(Math.atan2(-forward[1], Math.hypot(forward[0], forward[2])));
    double roll = Math.toDegrees(Math.atan2(x[1], x[0]));
    return new HeadPose(yaw, pitch, roll);
  }

  private static double dot(double[] a, double[] b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  }

  private static double[] cross(double[] a, double[] b) {
    return new double[] {
      a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]
    };
  }

  private static double[] unit(double[] v) {
    double n = Math.sqrt(dot(v, v));
    return n == 0 ? new double[] {1, 0, 0} : new double[] {v[0] / n, v[1] / n, v[2] / n};
  }
}
