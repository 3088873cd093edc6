package org.kith.recognition.quality;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;
import org.kith.api.recognition.FaceBox;
import org.kith.recognition.alignment.FaceAligner;
import org.kith.recognition.alignment.SimilarityTransform;
import org.kith.recognition.image.RgbImage;

/**
 * The {@code antispoof} model (Human's port of a Kaggle fake-face classifier): a 128-pixel square
 * crop around the face, RGB / 255, one sigmoid output that Human reports as the probability the
 * face is real. Evaluation-grade only (undocumented training data); reported, never enforced.
 */
public final class AntiSpoofScorer {
  private static final int SIZE = 128;

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final String inputName;

  public AntiSpoofScorer(OrtEnvironment environment, OrtSession session) {
    this.environment = environment;
    this.session = session;
    this.inputName = session.getInputNames().iterator().next();
  }

  /** Liveness per face box (the face outline's box, made square). */
  public double[] liveness(RgbImage image, List<FaceBox> faces) throws OrtException {
    if (faces.isEmpty()) {
      return new double[0];
    }
    int per = SIZE * SIZE * 3;
    float[] input = new float[faces.size() * per];
    for (int f = 0; f < faces.size(); f++) {
      FaceBox b = faces.get(f);
      double side = Math.max(b.width(), b.height());
      double x0 = b.x() + b.width() / 2 - side / 2;
      double y0 = b.y() + b.height() / 2 - side / 2;
      float[] crop = FaceAligner.warp(image, new SimilarityTransform(side / SIZE, 0, x0, y0), SIZE);
      for (int i = 0; i < per; i++) {
        input[f * per + i] = crop[i] / 255f;
      }
    }
    try (OnnxTensor tensor =
            OnnxTensor.createTensor(
                environment, FloatBuffer.wrap(input), new long[] {faces.size(), SIZE, SIZE, 3});
        OrtSession.Result result = session.run(Map.of(inputName, tensor))) {
      float[][] out = (float[][]) result.get(0).getValue();
      double[] live = new double[faces.size()];
      for (int f = 0; f < live.length; f++) {
        live[f] = out[f][0];
      }
      return live;
    }
  }
}
