package org.kith.recognition.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kith.api.recognition.ImageRejectedException;
import org.kith.recognition.alignment.Clahe;
import org.kith.recognition.application.RecognitionSettings;
import org.kith.recognition.detection.BlazeFaceDetector;
import org.kith.recognition.detection.Detection;
import org.kith.recognition.embedding.OnnxFaceEmbedder;
import org.kith.recognition.image.ImageDecoder;
import org.kith.recognition.image.RgbImage;
import org.kith.recognition.infrastructure.onnx.OnnxModels;
import org.kith.recognition.landmarks.FaceMesh;
import org.kith.recognition.landmarks.FaceMeshLandmarker;

/**
 * The production stages (decoder, BlazeFace, FaceMesh, 5-point alignment, manifest-driven embedder)
 * measured on faces-dev: failure-to-detect over every image, and 10-fold verification accuracy on
 * the first N pairs with flip-averaging and CLAHE each on and off. A measuring tool, not a test:
 *
 * <pre>java -cp target/classes:target/test-classes:target/cli-lib/* \
 *   org.kith.recognition.evaluation.PipelineMeasurement ../../shared/data/faces-dev 600 [detect]
 * </pre>
 */
public final class PipelineMeasurement {
  private PipelineMeasurement() {}

  public static void main(String[] args) throws Exception {
    Path faces = Path.of(args[0]);
    int limit = Integer.parseInt(args[1]);
    boolean detectAll = args.length > 2 && args[2].equals("detect");
    RecognitionSettings settings = RecognitionSettings.defaults();
    String model = args.length > 3 ? args[3] : settings.embeddingModel();
    try (OnnxModels models =
        OnnxModels.open(
            PipelineMeasurement.class.getClassLoader(), java.util.Optional.empty(), false)) {
      ImageDecoder decoder = new ImageDecoder(settings.limits());
      BlazeFaceDetector detector =
          new BlazeFaceDetector(
              models.environment(),
              models.getModel("blazeface-back").session(),
              settings.minDetectionScore());
      FaceMeshLandmarker mesh =
          new FaceMeshLandmarker(models.environment(), models.getModel("facemesh").session());
      if (detectAll) {
        failureToDetect(faces, decoder, detector);
      }
      OnnxFaceEmbedder embedder =
          new OnnxFaceEmbedder(models.environment(), models.getModel(model), false);
      verification(faces, limit, decoder, detector, mesh, embedder);
    }
  }

  /** The detection nearest the image centre: the subject of a portrait set. */
  static Detection subject(List<Detection> found, RgbImage image) {
    return found.stream()
        .min(
            Comparator.comparingDouble(
                d ->
                    Math.hypot(
                        d.centreX() - image.width() / 2.0, d.centreY() - image.height() / 2.0)))
        .orElse(null);
  }

  static void failureToDetect(Path faces, ImageDecoder decoder, BlazeFaceDetector detector)
      throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(faces, 2)) {
      files = walk.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
    }
    int missed = 0;
    int rejected = 0;
    long start = System.nanoTime();
    for (Path file : files) {
      try {
        RgbImage image = decoder.decode(Files.readAllBytes(file));
        if (detector.detect(image, 5).isEmpty()) {
          missed++;
        }
      } catch (ImageRejectedException e) {
        rejected++;
      }
    }
    System.out.printf(
        "failure to detect: %d of %d images (%.2f %%), %d refused by the decoder, %.1f s%n",
        missed,
        files.size(),
        100.0 * missed / files.size(),
        rejected,
        (System.nanoTime() - start) / 1e9);
  }

  static void verification(
      Path faces,
      int limit,
      ImageDecoder decoder,
      BlazeFaceDetector detector,
      FaceMeshLandmarker mesh,
      OnnxFaceEmbedder embedder)
      throws Exception {
    List<String[]> pairs =
        Files.readAllLines(faces.resolve("pairs.txt")).stream()
            .map(String::trim)
            .filter(l -> !l.isEmpty())
            .map(l -> l.split("\\s+"))
            .limit(limit)
            .toList();
    String[] variants = {"plain", "flip", "clahe", "clahe+flip"};
    Map<String, float[][]> vectors = new HashMap<>();
    Clahe clahe = Clahe.standard();
    int size = embedder.spec().inputSize();
    int missing = 0;
    long start = System.nanoTime();
    for (String[] pair : pairs) {
      for (String file : List.of(pair[0], pair[1])) {
        if (vectors.containsKey(file)) {
          continue;
        }
        RgbImage image = decoder.decode(Files.readAllBytes(faces.resolve(file)));
        Detection d = subject(detector.detect(image, 5), image);
        if (d == null) {
          missing++;
          vectors.put(file, null);
          continue;
        }
        FaceMesh m = mesh.landmarks(image, List.of(d)).get(0);
        float[] crop = embedder.crop(image, m);
        float[] equalised = crop.clone();
        clahe.apply(equalised, size, size);
        List<float[]> batch = List.of(crop, mirror(crop, size), equalised, mirror(equalised, size));
        float[][] u = embedder.embed(batch);
        vectors.put(file, new float[][] {u[0], sum(u[0], u[1]), u[2], sum(u[2], u[3])});
      }
    }
    System.out.printf(
        "%d pairs, %d images, %d without a face (scored -1), %s, %.1f s%n",
        pairs.size(),
        vectors.size(),
        missing,
        embedder.model().key(),
        (System.nanoTime() - start) / 1e9);
    for (int v = 0; v < variants.length; v++) {
      double[] scores = new double[pairs.size()];
      boolean[] same = new boolean[pairs.size()];
      for (int i = 0; i < scores.length; i++) {
        float[][] a = vectors.get(pairs.get(i)[0]);
        float[][] b = vectors.get(pairs.get(i)[1]);
        scores[i] = a == null || b == null ? -1 : EmbeddingEvaluation.dot(a[v], b[v]);
        same[i] = pairs.get(i)[2].equals("1");
      }
      double[] folds = EmbeddingEvaluation.tenFoldAccuracy(scores, same);
      System.out.printf(
          "%-11s 10-fold accuracy %.2f ± %.2f %%  TAR@FAR=1e-2 %.1f %%%n",
          variants[v],
          100 * EmbeddingEvaluation.mean(folds),
          100 * EmbeddingEvaluation.std(folds),
          100 * EmbeddingEvaluation.tarAtFar(scores, same, 1e-2));
    }
  }

  private static float[] mirror(float[] rgb, int size) {
    float[] out = new float[rgb.length];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        System.arraycopy(rgb, (y * size + x) * 3, out, (y * size + size - 1 - x) * 3, 3);
      }
    }
    return out;
  }

  private static float[] sum(float[] a, float[] b) {
    float[] s = new float[a.length];
    double n = 0;
    for (int i = 0; i < a.length; i++) {
      s[i] = a[i] + b[i];
      n += s[i] * s[i];
    }
    for (int i = 0; i < a.length; i++) {
      s[i] /= (float) Math.sqrt(n);
    }
    return s;
  }
}
