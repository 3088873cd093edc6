package org.kith.recognition.evaluation;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.Map;
import java.util.Optional;

/**
 * BlazeFace (back camera) on a whole image: the confident detection nearest the image centre and
 * its eyes, nose tip and mouth centre in image pixels. Deliberately simple (no weighted NMS).
 */
final class BlazeFaceKeypoints {
  private static final int SIZE = 256;
  private final OrtSession session;

  BlazeFaceKeypoints(OrtSession session) {
    this.session = session;
  }

  /** Four points (x, y): eye on the image's left, eye on the right, nose tip, mouth centre. */
  Optional<double[][]> find(BufferedImage image) throws OrtException {
    float[] input = new float[SIZE * SIZE * 3];
    double sx = image.getWidth() / (double) SIZE;
    double sy = image.getHeight() / (double) SIZE;
    for (int y = 0; y < SIZE; y++) {
      for (int x = 0; x < SIZE; x++) {
        float[] rgb = Images.sample(image, (x + 0.5) * sx - 0.5, (y + 0.5) * sy - 0.5);
        for (int c = 0; c < 3; c++) {
          input[(y * SIZE + x) * 3 + c] = rgb[c] / 127.5f - 1f;
        }
      }
    }
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OnnxTensor tensor =
            OnnxTensor.createTensor(env, FloatBuffer.wrap(input), new long[] {1, SIZE, SIZE, 3});
        OrtSession.Result result = session.run(Map.of("input", tensor))) {
      float[][] scores16 = ((float[][][]) result.get("Identity").get().getValue())[0];
      float[][] scores32 = ((float[][][]) result.get("Identity_1").get().getValue())[0];
      float[][] boxes16 = ((float[][][]) result.get("Identity_2").get().getValue())[0];
      float[][] boxes32 = ((float[][][]) result.get("Identity_3").get().getValue())[0];
      double[][] best = null;
      double bestDistance = Double.MAX_VALUE;
      double bestScore = -Double.MAX_VALUE;
      double[][] fallback = null;
      for (int k = 0; k < 896; k++) {
        boolean fine = k < 512;
        int index = fine ? k : k - 512;
        int perCell = fine ? 2 : 6;
        int grid = fine ? 16 : 8;
        int cell = index / perCell;
        double cx = (cell % grid + 0.5) * (SIZE / (double) grid);
        double cy = (cell / grid + 0.5) * (SIZE / (double) grid);
        float logit = fine ? scores16[index][0] : scores32[index][0];
        float[] r = fine ? boxes16[index] : boxes32[index];
        double[][] points = new double[4][];
        for (int p = 0; p < 4; p++) {
          points[p] = new double[] {(cx + r[4 + 2 * p]) * sx, (cy + r[5 + 2 * p]) * sy};
        }
        if (logit > bestScore) {
          bestScore = logit;
          fallback = points;
        }
        if (logit > 0) { // sigmoid > 0.5
          double dx = (cx + r[0]) - SIZE / 2.0;
          double dy = (cy + r[1]) - SIZE / 2.0;
          double distance = dx * dx + dy * dy;
          if (distance < bestDistance) {
            bestDistance = distance;
            best = points;
          }
        }
      }
      double[][] chosen = best != null ? best : fallback;
      if (chosen == null) {
        return Optional.empty();
      }
      if (chosen[0][0] > chosen[1][0]) {
        double[] swap = chosen[0];
        chosen[0] = chosen[1];
        chosen[1] = swap;
      }
      return Optional.of(chosen);
    }
  }
}
