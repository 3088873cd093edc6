package org.kith.recognition.evaluation;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Detection → 4-point similarity alignment → embedding on the first N pairs of {@code
 * faces-dev/pairs.txt}; prints 10-fold accuracy (threshold chosen on the other nine folds) and TAR
 * at FAR = 1e-2 per candidate. A measuring tool, not a test: run it by hand, e.g.
 *
 * <pre>java -cp ... org.kith.recognition.evaluation.EmbeddingEvaluation target/classes/models
 * ../shared/data/faces-dev 1000 [5|4]</pre>
 */
public final class EmbeddingEvaluation {

  /** One embedding candidate: model, crop size, output and how pixels are normalised. */
  record Candidate(String model, int size, String output, boolean bgr, float[] mean, float div) {
    float[] normalise(float[] rgb) {
      float[] x = new float[rgb.length];
      for (int i = 0; i < rgb.length; i += 3) {
        for (int c = 0; c < 3; c++) {
          float v = rgb[i + (bgr ? 2 - c : c)];
          x[i + c] = (v - mean[c]) / div;
        }
      }
      return x;
    }
  }

  static final List<Candidate> CANDIDATES =
      List.of(
          new Candidate(
              "faceres",
              224,
              "global_pooling/Mean",
              true,
              new float[] {103.939f, 116.779f, 123.68f},
              1f),
          new Candidate(
              "mobilefacenet",
              112,
              "embeddings",
              false,
              new float[] {127.5f, 127.5f, 127.5f},
              128f));

  public static void main(String[] args) throws Exception {
    Path models = Path.of(args[0]);
    Path faces = Path.of(args[1]);
    int limit = Integer.parseInt(args[2]);
    List<String[]> pairs =
        Files.readAllLines(faces.resolve("pairs.txt")).stream()
            .map(String::trim)
            .filter(l -> !l.isEmpty())
            .map(l -> l.split("\\s+"))
            .limit(limit)
            .toList();
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    BlazeFaceKeypoints detector =
        new BlazeFaceKeypoints(
            env.createSession(models.resolve("blazeface-back.onnx").toString(), options));
    // "5" (default): FaceMesh eye centres, nose tip and mouth corners; "4": BlazeFace's points.
    boolean fivePoints = args.length < 4 || !args[3].equals("4");
    FaceMeshKeypoints mesh =
        new FaceMeshKeypoints(
            env.createSession(models.resolve("facemesh.onnx").toString(), options));
    Map<String, OrtSession> sessions = new HashMap<>();
    for (Candidate c : CANDIDATES) {
      sessions.put(
          c.model(), env.createSession(models.resolve(c.model() + ".onnx").toString(), options));
    }
    Map<String, Map<String, float[]>> embeddings = new HashMap<>();
    CANDIDATES.forEach(c -> embeddings.put(c.model(), new HashMap<>()));
    long start = System.nanoTime();
    int images = 0;
    for (String[] pair : pairs) {
      for (String file : List.of(pair[0], pair[1])) {
        if (embeddings.get(CANDIDATES.get(0).model()).containsKey(file)) {
          continue;
        }
        BufferedImage image = ImageIO.read(new File(faces.resolve(file).toString()));
        double[][] points = detector.find(image).orElseThrow();
        if (fivePoints) {
          points = mesh.find(image, points);
        }
        images++;
        for (Candidate c : CANDIDATES) {
          float[] crop = c.normalise(Images.align(image, points, c.size()));
          OrtSession session = sessions.get(c.model());
          try (OnnxTensor t =
                  OnnxTensor.createTensor(
                      env, FloatBuffer.wrap(crop), new long[] {1, c.size(), c.size(), 3});
              OrtSession.Result r =
                  session.run(Map.of(session.getInputNames().iterator().next(), t))) {
            embeddings
                .get(c.model())
                .put(file, unit(((float[][]) r.get(c.output()).get().getValue())[0]));
          }
        }
      }
    }
    System.out.printf(
        "%d pairs, %d images, %d-point alignment, %.1f s%n",
        pairs.size(), images, fivePoints ? 5 : 4, (System.nanoTime() - start) / 1e9);
    for (Candidate c : CANDIDATES) {
      double[] scores = new double[pairs.size()];
      boolean[] same = new boolean[pairs.size()];
      for (int i = 0; i < scores.length; i++) {
        scores[i] =
            dot(
                embeddings.get(c.model()).get(pairs.get(i)[0]),
                embeddings.get(c.model()).get(pairs.get(i)[1]));
        same[i] = pairs.get(i)[2].equals("1");
      }
      double[] folds = tenFoldAccuracy(scores, same);
      System.out.printf(
          "%-14s 10-fold accuracy %.2f ± %.2f %%  TAR@FAR=1e-2 %.1f %%%n",
          c.model(), 100 * mean(folds), 100 * std(folds), 100 * tarAtFar(scores, same, 1e-2));
    }
  }

  static float[] unit(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    float[] u = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      u[i] = (float) (v[i] / Math.sqrt(Math.max(n, 1e-12)));
    }
    return u;
  }

  static double dot(float[] a, float[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d += a[i] * b[i];
    }
    return d;
  }

  /** Per fold: the accuracy at the threshold that is best on the other nine folds. */
  static double[] tenFoldAccuracy(double[] scores, boolean[] same) {
    int n = scores.length;
    double[] result = new double[10];
    for (int f = 0; f < 10; f++) {
      List<Integer> train = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        (i * 10 / n == f ? test : train).add(i);
      }
      double best = 0;
      double threshold = 0;
      for (int i : train) {
        double acc = accuracy(scores, same, train, scores[i]);
        if (acc > best) {
          best = acc;
          threshold = scores[i];
        }
      }
      result[f] = accuracy(scores, same, test, threshold);
    }
    return result;
  }

  static double accuracy(double[] scores, boolean[] same, List<Integer> idx, double threshold) {
    int right = 0;
    for (int i : idx) {
      if ((scores[i] >= threshold) == same[i]) {
        right++;
      }
    }
    return right / (double) idx.size();
  }

  static double tarAtFar(double[] scores, boolean[] same, double far) {
    double[] impostor = new double[scores.length];
    int ni = 0;
    int ng = 0;
    for (int i = 0; i < scores.length; i++) {
      if (same[i]) {
        ng++;
      } else {
        impostor[ni++] = scores[i];
      }
    }
    double[] sorted = Arrays.copyOf(impostor, ni);
    Arrays.sort(sorted);
    int allowed = (int) Math.floor(far * ni);
    double threshold =
        sorted[ni - 1 - allowed]; // accept strictly above: at most `allowed` impostors
    int accepted = 0;
    for (int i = 0; i < scores.length; i++) {
      if (same[i] && scores[i] > threshold) {
        accepted++;
      }
    }
    return accepted / (double) ng;
  }

  static double mean(double[] v) {
    return Arrays.stream(v).average().orElse(0);
  }

  static double std(double[] v) {
    double m = mean(v);
    return Math.sqrt(Arrays.stream(v).map(x -> (x - m) * (x - m)).sum() / v.length);
  }
}
