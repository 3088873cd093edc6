package org.kith.recognition.detection;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kith.recognition.image.RgbImage;

/**
 * MediaPipe BlazeFace (back camera, full range) on an image of any size: letterboxed to 256 × 256,
 * RGB scaled to [−1, 1], the 896 anchors decoded, weighted NMS, mapped back to image pixels, the
 * largest faces first.
 *
 * <p>One pass at 256 pixels finds faces down to ≈ 1/20 of the image's longer side; smaller faces in
 * a large group photo are missed (a tiled second pass would find them at 4× the cost).
 */
public final class BlazeFaceDetector {
  private static final int SIZE = BlazeFaceAnchors.INPUT;

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final double minScore;
  private final WeightedNms nms = new WeightedNms(0.3);

  public BlazeFaceDetector(OrtEnvironment environment, OrtSession session, double minScore) {
    this.environment = environment;
    this.session = session;
    this.minScore = minScore;
  }

  public List<Detection> detect(RgbImage image, int maxFaces) throws OrtException {
    Letterbox box = Letterbox.fit(image.width(), image.height(), SIZE);
    float[] input = box.sample(image);
    for (int i = 0; i < input.length; i++) {
      input[i] = input[i] / 127.5f - 1f;
    }
    try (OnnxTensor tensor =
            OnnxTensor.createTensor(
                environment, FloatBuffer.wrap(input), new long[] {1, SIZE, SIZE, 3});
        OrtSession.Result result = session.run(Map.of("input", tensor))) {
      float[][] scores16 = ((float[][][]) result.get("Identity").orElseThrow().getValue())[0];
      float[][] scores32 = ((float[][][]) result.get("Identity_1").orElseThrow().getValue())[0];
      float[][] boxes16 = ((float[][][]) result.get("Identity_2").orElseThrow().getValue())[0];
      float[][] boxes32 = ((float[][][]) result.get("Identity_3").orElseThrow().getValue())[0];
      List<Detection> candidates = new ArrayList<>();
      for (int k = 0; k < BlazeFaceAnchors.COUNT; k++) {
        boolean fine = k < BlazeFaceAnchors.FINE;
        int index = fine ? k : k - BlazeFaceAnchors.FINE;
        double logit = Math.max(-100, Math.min(100, (fine ? scores16 : scores32)[index][0]));
        double score = 1 / (1 + Math.exp(-logit));
        if (score < minScore) {
          continue;
        }
        float[] r = (fine ? boxes16 : boxes32)[index];
        candidates.add(decode(BlazeFaceAnchors.centre(k), r, score, box));
      }
      List<Detection> faces = new ArrayList<>(nms.apply(candidates));
      faces.removeIf(d -> !insideImage(d, image));
      faces.sort(Comparator.comparingDouble(Detection::area).reversed());
      return faces.size() > maxFaces ? List.copyOf(faces.subList(0, maxFaces)) : faces;
    }
  }

  static Detection decode(double[] anchor, float[] r, double score, Letterbox box) {
    double cx = anchor[0] + r[0];
    double cy = anchor[1] + r[1];
    double w = r[2] / box.scale();
    double h = r[3] / box.scale();
    double[][] keypoints = new double[6][];
    for (int p = 0; p < 6; p++) {
      keypoints[p] =
          new double[] {box.imageX(anchor[0] + r[4 + 2 * p]), box.imageY(anchor[1] + r[5 + 2 * p])};
    }
    return new Detection(box.imageX(cx) - w / 2, box.imageY(cy) - h / 2, w, h, score, keypoints);
  }

  /** A box whose centre lies in the padding is an artefact of letterboxing. */
  private static boolean insideImage(Detection d, RgbImage image) {
    return d.centreX() >= 0
        && d.centreY() >= 0
        && d.centreX() <= image.width()
        && d.centreY() <= image.height();
  }
}
