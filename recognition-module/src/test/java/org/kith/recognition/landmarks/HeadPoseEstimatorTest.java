package org.kith.recognition.landmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.kith.api.recognition.HeadPose;

/** Pose of a synthetic symmetric head turned by known angles, in image axes (y down, z away). */
class HeadPoseEstimatorTest {

  /** A frontal head: mirror pairs at ±x, forehead up, chin down, all at their own depth. */
  private static double[][] frontal() {
    double[][] points = new double[MeshTopology.POINTS][];
    for (int i = 0; i < points.length; i++) {
      points[i] = new double[] {0, 0, 0};
    }
    double depth = 0;
    for (int[] pair : MeshTopology.SYMMETRIC_PAIRS) {
      double half = 20 + depth * 3;
      points[pair[0]] = new double[] {half, depth * 4 - 10, depth};
      points[pair[1]] = new double[] {-half, depth * 4 - 10, depth};
      depth += 2;
    }
    points[MeshTopology.FOREHEAD] = new double[] {0, -60, 5};
    points[MeshTopology.CHIN] = new double[] {0, 60, 5};
    return points;
  }

  /** Rotates about y (yaw: the nose, −z, swings towards +x), then x (pitch: up), then z (roll). */
  private static FaceMesh turned(double yaw, double pitch, double roll) {
    double[][] points = frontal();
    double cy = Math.cos(Math.toRadians(yaw)), sy = Math.sin(Math.toRadians(yaw));
    double cp = Math.cos(Math.toRadians(pitch)), sp = Math.sin(Math.toRadians(pitch));
    double cr = Math.cos(Math.toRadians(roll)), sr = Math.sin(Math.toRadians(roll));
    for (double[] p : points) {
      double x = p[0], y = p[1], z = p[2];
      // yaw: forward (0,0,−1) → (sin, 0, −cos)
      double x1 = cy * x - sy * z;
      double z1 = sy * x + cy * z;
      // pitch: forward → up in the image (−y)
      double y2 = cp * y + sp * z1;
      double z2 = -sp * y + cp * z1;
      // roll: clockwise in the image (y down)
      double x3 = cr * x1 - sr * y2;
      double y3 = sr * x1 + cr * y2;
      p[0] = x3 + 100;
      p[1] = y3 + 100;
      p[2] = z2;
    }
    return new FaceMesh(points, 1);
  }

  @Test
  void frontalHeadHasNoPose() {
    HeadPose pose = HeadPoseEstimator.estimate(turned(0, 0, 0));
    assertEquals(0, pose.yaw(), 1e-6);
    assertEquals(0, pose.pitch(), 1e-6);
    assertEquals(0, pose.roll(), 1e-6);
  }

  @Test
  void eachAngleComesBackWithTheContractsSign() {
    assertEquals(30, HeadPoseEstimator.estimate(turned(30, 0, 0)).yaw(), 1e-6);
    assertEquals(-30, HeadPoseEstimator.estimate(turned(-30, 0, 0)).yaw(), 1e-6);
    assertEquals(20, HeadPoseEstimator.estimate(turned(0, 20, 0)).pitch(), 1e-6);
    assertEquals(15, HeadPoseEstimator.estimate(turned(0, 0, 15)).roll(), 1e-6);
  }
}
