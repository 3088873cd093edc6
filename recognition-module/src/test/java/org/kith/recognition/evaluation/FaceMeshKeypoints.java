package org.kith.recognition.evaluation;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.Map;

/**
 * FaceMesh on a loose crop placed from BlazeFace's four points, giving ArcFace's five points (eye
 * centres, nose tip, mouth corners) in image pixels.
 */
final class FaceMeshKeypoints {
  private static final int SIZE = 192;

  /** Loose crop: the ArcFace template shrunk to 60 % around the crop centre. */
  private static final double LOOSENESS = 0.6;

  private final OrtSession session;

  FaceMeshKeypoints(OrtSession session) {
    this.session = session;
  }

  double[][] find(BufferedImage image, double[][] blazeFacePoints) throws OrtException {
    return arcFacePoints(mesh(image, blazeFacePoints));
  }

  /** ArcFace's five points (eye centres, nose tip, mouth corners) from a mesh in image pixels. */
  static double[][] arcFacePoints(double[][] mesh) {
    double[][] points = {
      mid(mesh[33], mesh[133]), mid(mesh[362], mesh[263]), mesh[1], mesh[61], mesh[291]
    };
    if (points[0][0] > points[1][0]) {
      double[] swap = points[0];
      points[0] = points[1];
      points[1] = swap;
    }
    if (points[3][0] > points[4][0]) {
      double[] swap = points[3];
      points[3] = points[4];
      points[4] = swap;
    }
    return points;
  }

  /**
   * BlazeFace's first four points (eye on the image's left, eye on the right, nose tip, mouth
   * centre) from a mesh, to place a second, better centred FaceMesh crop.
   */
  static double[][] blazeFacePoints(double[][] mesh) {
    double[][] five = arcFacePoints(mesh);
    return new double[][] {five[0], five[1], five[2], mid(five[3], five[4])};
  }

  private static double[] mid(double[] a, double[] b) {
    return new double[] {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2};
  }

  /** All 468 mesh landmarks (x, y) in image pixels. */
  double[][] mesh(BufferedImage image, double[][] blazeFacePoints) throws OrtException {
    double[][] template = new double[Images.ARCFACE_4.length][];
    for (int i = 0; i < template.length; i++) {
      template[i] =
          new double[] {
            SIZE / 2.0 + (Images.ARCFACE_4[i][0] * SIZE / 112.0 - SIZE / 2.0) * LOOSENESS,
            SIZE / 2.0 + (Images.ARCFACE_4[i][1] * SIZE / 112.0 - SIZE / 2.0) * LOOSENESS
          };
    }
    double[] t = Images.similarity(template, blazeFacePoints);
    float[] crop = Images.warp(image, t, SIZE);
    for (int i = 0; i < crop.length; i++) {
      crop[i] /= 255f;
    }
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OnnxTensor tensor =
            OnnxTensor.createTensor(env, FloatBuffer.wrap(crop), new long[] {1, SIZE, SIZE, 3});
        OrtSession.Result result = session.run(Map.of("input_1", tensor))) {
      float[] mesh = ((float[][]) result.get("output_mesh").get().getValue())[0];
      double[][] points = new double[mesh.length / 3][];
      for (int i = 0; i < points.length; i++) {
        double x = mesh[3 * i];
        double y = mesh[3 * i + 1];
        points[i] = new double[] {t[0] * x - t[1] * y + t[2], t[1] * x + t[0] * y + t[3]};
      }
      return points;
    }
  }
}
