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
      double[][] points = {
        mean(mesh, t, 33, 133),
        mean(mesh, t, 362, 263),
        mean(mesh, t, 1, 1),
        mean(mesh, t, 61, 61),
        mean(mesh, t, 291, 291)
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
  }

  /** Mean of two mesh landmarks, mapped from crop to image pixels. */
  private static double[] mean(float[] mesh, double[] t, int a, int b) {
    double x = (mesh[3 * a] + mesh[3 * b]) / 2.0;
    double y = (mesh[3 * a + 1] + mesh[3 * b + 1]) / 2.0;
    return new double[] {t[0] * x - t[1] * y + t[2], t[1] * x + t[0] * y + t[3]};
  }
}
