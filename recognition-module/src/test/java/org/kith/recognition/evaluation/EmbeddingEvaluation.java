package org.kith.recognition.evaluation;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.kith.recognition.alignment.FaceChip;
import org.kith.recognition.landmarks.MeshTopology;
import org.kith.recognition.tools.conversion.NpmTarball;

/**
 * Every embedding candidate, each with the alignment and normalisation it was trained with, on the
 * pairs of {@code faces-dev/pairs.txt}: BlazeFace (back) → FaceMesh → crop → embedding (optionally
 * averaged with the embedding of the mirrored crop). Prints, per candidate, 10-fold accuracy (the
 * threshold chosen on the other nine folds) ± std, TAR at FAR = 1e-2 and 1e-3 with the impostor
 * count behind them, and ms per embedding call; then z-score fusions of the best candidates. A
 * measuring tool, not a test: run it by hand, e.g.
 *
 * <pre>java -cp ... org.kith.recognition.evaluation.EmbeddingEvaluation target/classes/models
 * ../shared/data/faces-dev [pairs|all] [threads]</pre>
 *
 * The faceplugin model (undocumented provenance, evaluation only) is fetched at evaluation time by
 * {@code npm pack} into {@code ~/.cache/kith/eval}, checked against its pinned sha512, never
 * bundled.
 */
public final class EmbeddingEvaluation {
  static final String FACEPLUGIN_PACKAGE = "faceplugin-face-recognition-js";
  static final String FACEPLUGIN_VERSION = "0.0.1";
  static final String FACEPLUGIN_INTEGRITY =
      "sha512-shriXjd4zJHEwhK1jHK+bWo8Vv6Vu9B/w6RRsd4AFtNM/jaI2vhuOamOSMl9qQmLd8WlQ7dgqN+3C2iOi5pXWw==";

  /** How a candidate's crop is made from the image and the mesh. */
  enum Crop {
    ARCFACE_112,
    ARCFACE_224,
    DLIB_150,
    DLIB_150_NOSE94,
    /** The dlib chip from a second FaceMesh pass on a crop placed by the first pass's mesh. */
    DLIB_150_REFINED
  }

  /**
   * One embedding candidate: model file, crop, input layout, pixel normalisation and whether the
   * mirrored crop's embedding is added.
   */
  record Candidate(
      String name,
      String model,
      Crop crop,
      String output,
      boolean nchw,
      boolean bgr,
      float[] mean,
      float div,
      boolean flip) {
    float[] normalise(float[] rgb) {
      float[] x = new float[rgb.length];
      for (int i = 0; i < rgb.length; i += 3) {
        for (int c = 0; c < 3; c++) {
          x[i + c] = (rgb[i + (bgr ? 2 - c : c)] - mean[c]) / div;
        }
      }
      return x;
    }

    int size() {
      return switch (crop) {
        case ARCFACE_112 -> 112;
        case ARCFACE_224 -> 224;
        default -> 150;
      };
    }
  }

  static final float[] ZERO = {0f, 0f, 0f};
  static final float[] CAFFE_BGR = {103.939f, 116.779f, 123.68f};
  static final float[] HALF = {127.5f, 127.5f, 127.5f};
  static final float[] FACEPLUGIN_MEAN = {127f, 127f, 127f};
  static final float[] DLIB_MEAN = {122.782f, 117.001f, 104.298f};

  static List<Candidate> candidates() {
    List<Candidate> list = new ArrayList<>();
    for (boolean flip : new boolean[] {false, true}) {
      list.add(
          new Candidate(
              "faceres",
              "faceres",
              Crop.ARCFACE_224,
              "global_pooling/Mean",
              false,
              true,
              CAFFE_BGR,
              1f,
              flip));
      list.add(
          new Candidate(
              "facerec-dlib",
              "facerec-dlib",
              Crop.DLIB_150,
              "descriptor",
              false,
              false,
              ZERO,
              1f,
              flip));
      list.add(
          new Candidate(
              "mobileface",
              "mobileface",
              Crop.ARCFACE_112,
              "batchnorm0/add_1",
              false,
              false,
              ZERO,
              1f,
              flip));
      list.add(
          new Candidate(
              "faceplugin",
              "faceplugin",
              Crop.ARCFACE_112,
              "output",
              true,
              false,
              FACEPLUGIN_MEAN,
              128f,
              flip));
    }
    // the dlib descriptor's other readings: BGR order, dlib's own /256 scaling, nose landmark 94
    list.add(
        new Candidate(
            "facerec-dlib BGR",
            "facerec-dlib",
            Crop.DLIB_150,
            "descriptor",
            false,
            true,
            ZERO,
            1f,
            false));
    list.add(
        new Candidate(
            "facerec-dlib /256",
            "facerec-dlib",
            Crop.DLIB_150,
            "descriptor",
            false,
            false,
            // the graph computes (x − m)/255; feeding x·255/256 + m/256 gives dlib's (x − m)/256
            new float[] {-DLIB_MEAN[0] / 255f, -DLIB_MEAN[1] / 255f, -DLIB_MEAN[2] / 255f},
            256f / 255f,
            false));
    list.add(
        new Candidate(
            "facerec-dlib nose94",
            "facerec-dlib",
            Crop.DLIB_150_NOSE94,
            "descriptor",
            false,
            false,
            ZERO,
            1f,
            false));
    for (boolean flip : new boolean[] {false, true}) {
      list.add(
          new Candidate(
              "facerec-dlib refined",
              "facerec-dlib",
              Crop.DLIB_150_REFINED,
              "descriptor",
              false,
              false,
              ZERO,
              1f,
              flip));
    }
    list.add(
        new Candidate(
            "faceplugin BGR",
            "faceplugin",
            Crop.ARCFACE_112,
            "output",
            true,
            true,
            FACEPLUGIN_MEAN,
            128f,
            false));
    list.add(
        new Candidate(
            "mobilefacenet",
            "mobilefacenet",
            Crop.ARCFACE_112,
            "embeddings",
            false,
            false,
            HALF,
            128f,
            false));
    return list;
  }

  public static void main(String[] args) throws Exception {
    Path models = Path.of(args[0]);
    Path faces = Path.of(args[1]);
    int limit = args.length > 2 && !args[2].equals("all") ? Integer.parseInt(args[2]) : 1 << 30;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    // -Dkith.eval.dump=DIR writes the crops of the first few images, to check alignment by eye
    Path dump =
        System.getProperty("kith.eval.dump") == null
            ? null
            : Files.createDirectories(Path.of(System.getProperty("kith.eval.dump")));
    List<String[]> pairs =
        Files.readAllLines(faces.resolve("pairs.txt")).stream()
            .map(String::trim)
            .filter(l -> !l.isEmpty())
            .map(l -> l.split("\\s+"))
            .limit(limit)
            .toList();
    Set<String> files = new LinkedHashSet<>();
    pairs.forEach(p -> files.addAll(List.of(p[0], p[1])));

    Path faceplugin = facepluginModel();
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(1);
    BlazeFaceKeypoints detector =
        new BlazeFaceKeypoints(
            env.createSession(models.resolve("blazeface-back.onnx").toString(), options));
    FaceMeshKeypoints mesh =
        new FaceMeshKeypoints(
            env.createSession(models.resolve("facemesh.onnx").toString(), options));
    // -Dkith.eval.candidates=NAME,NAME +flip,... measures only those
    String only = System.getProperty("kith.eval.candidates");
    List<Candidate> candidates =
        candidates().stream()
            .filter(c -> only == null || List.of(only.split(",")).contains(c.name() + flipTag(c)))
            .toList();
    Map<String, OrtSession> sessions = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      if (!sessions.containsKey(c.model())) {
        Path file =
            c.model().equals("faceplugin") ? faceplugin : models.resolve(c.model() + ".onnx");
        sessions.put(c.model(), env.createSession(file.toString(), options));
      }
    }
    Map<String, Map<String, float[]>> embeddings = new ConcurrentHashMap<>();
    candidates.forEach(c -> embeddings.put(c.name() + flipTag(c), new ConcurrentHashMap<>()));
    Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
    AtomicInteger done = new AtomicInteger();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (String file : files) {
      futures.add(
          pool.submit(
              () -> {
                BufferedImage image = ImageIO.read(new File(faces.resolve(file).toString()));
                double[][] points = detector.find(image).orElseThrow();
                double[][] meshPoints = mesh.mesh(image, points);
                Map<Crop, float[]> crops = new LinkedHashMap<>();
                if (candidates.stream().anyMatch(c -> c.crop() == Crop.DLIB_150_REFINED)) {
                  double[][] again =
                      mesh.mesh(image, FaceMeshKeypoints.blazeFacePoints(meshPoints));
                  crops.put(
                      Crop.DLIB_150_REFINED,
                      FaceChip.dlib150()
                          .extract(Images.rgb(image), fromMesh(again, MeshTopology.DLIB_FIVE)));
                }
                Map<String, float[]> plain = new LinkedHashMap<>();
                for (Candidate c : candidates) {
                  float[] crop = crops.computeIfAbsent(c.crop(), k -> crop(image, meshPoints, k));
                  OrtSession session = sessions.get(c.model());
                  // a flipped candidate follows its plain twin, whose embedding it reuses
                  float[] e = plain.get(c.name());
                  if (e == null) {
                    long t0 = System.nanoTime();
                    e = embed(env, session, c, c.normalise(crop));
                    nanos
                        .computeIfAbsent(c.model(), k -> new CopyOnWriteArrayList<>())
                        .add(System.nanoTime() - t0);
                    plain.put(c.name(), e);
                  }
                  if (c.flip()) {
                    float[] mirrored = embed(env, session, c, c.normalise(mirror(crop, c.size())));
                    float[] sum = e.clone();
                    for (int i = 0; i < sum.length; i++) {
                      sum[i] += mirrored[i];
                    }
                    e = sum;
                  }
                  embeddings.get(c.name() + flipTag(c)).put(file, unit(e));
                }
                if (dump != null && done.get() < 4) {
                  for (Map.Entry<Crop, float[]> crop : crops.entrySet()) {
                    Images.write(
                        crop.getValue(),
                        (int) Math.round(Math.sqrt(crop.getValue().length / 3)),
                        dump.resolve(file.replace('/', '_') + "-" + crop.getKey() + ".png"));
                  }
                }
                int n = done.incrementAndGet();
                if (n % 500 == 0) {
                  System.err.printf(
                      "%d/%d images, %.0f s%n", n, files.size(), (System.nanoTime() - start) / 1e9);
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    System.out.printf(
        "%d pairs (%d genuine, %d impostor), %d images, %d threads, %.1f s%n",
        pairs.size(),
        pairs.stream().filter(p -> p[2].equals("1")).count(),
        pairs.stream().filter(p -> !p[2].equals("1")).count(),
        files.size(),
        threads,
        (System.nanoTime() - start) / 1e9);
    boolean[] same = new boolean[pairs.size()];
    for (int i = 0; i < same.length; i++) {
      same[i] = pairs.get(i)[2].equals("1");
    }
    Map<String, double[]> scores = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, float[]>> e : embeddings.entrySet()) {
      double[] s = new double[pairs.size()];
      for (int i = 0; i < s.length; i++) {
        s[i] = dot(e.getValue().get(pairs.get(i)[0]), e.getValue().get(pairs.get(i)[1]));
      }
      scores.put(e.getKey(), s);
    }
    System.out.println("| candidate | 10-fold accuracy | TAR@FAR=1e-2 | TAR@FAR=1e-3 | ms/call |");
    System.out.println("|---|---|---|---|---|");
    for (Candidate c : candidates) {
      String key = c.name() + flipTag(c);
      print(key, scores.get(key), same, median(nanos.get(c.model())) * (c.flip() ? 2 : 1));
    }
    // z-score fusion of every pair of the four best single candidates
    List<String> best =
        scores.keySet().stream()
            .sorted(
                Comparator.comparingDouble(
                    (String k) -> -mean(tenFoldAccuracy(scores.get(k), same))))
            .limit(only == null ? 4 : scores.size())
            .toList();
    for (int i = 0; i < best.size(); i++) {
      for (int j = i + 1; j < best.size(); j++) {
        if (only != null && best.get(i).split(" ")[0].equals(best.get(j).split(" ")[0])) {
          continue; // with a selection, fuse only different models
        }
        double[] a = zScores(scores.get(best.get(i)));
        double[] b = zScores(scores.get(best.get(j)));
        double[] fused = new double[a.length];
        for (int k = 0; k < a.length; k++) {
          fused[k] = a[k] + b[k];
        }
        print("fusion " + best.get(i) + " + " + best.get(j), fused, same, Double.NaN);
      }
    }
  }

  private static String flipTag(Candidate c) {
    return c.flip() ? " +flip" : "";
  }

  static void print(String name, double[] scores, boolean[] same, double ms) {
    double[] folds = tenFoldAccuracy(scores, same);
    int impostors = 0;
    for (boolean s : same) {
      impostors += s ? 0 : 1;
    }
    System.out.printf(
        "| %s | %.2f ± %.2f %% | %.1f %% | %.1f %% (%d impostors, %d accepted) | %s |%n",
        name,
        100 * mean(folds),
        100 * std(folds),
        100 * tarAtFar(scores, same, 1e-2),
        100 * tarAtFar(scores, same, 1e-3),
        impostors,
        (int) Math.floor(1e-3 * impostors),
        Double.isNaN(ms) ? "–" : String.format("%.1f", ms));
  }

  static float[] crop(BufferedImage image, double[][] mesh, Crop crop) {
    return switch (crop) {
      case ARCFACE_112 -> Images.align(image, FaceMeshKeypoints.arcFacePoints(mesh), 112);
      case ARCFACE_224 -> Images.align(image, FaceMeshKeypoints.arcFacePoints(mesh), 224);
      case DLIB_150 ->
          FaceChip.dlib150().extract(Images.rgb(image), fromMesh(mesh, MeshTopology.DLIB_FIVE));
      case DLIB_150_NOSE94 ->
          FaceChip.dlib150()
              .extract(Images.rgb(image), fromMesh(mesh, new int[] {263, 362, 33, 133, 94}));
      case DLIB_150_REFINED -> throw new IllegalStateException("made with a second mesh pass");
    };
  }

  /** Five points out of a FaceMesh (468 × (x, y) in image pixels). */
  static double[][] fromMesh(double[][] mesh, int[] indices) {
    double[][] points = new double[indices.length][];
    for (int i = 0; i < indices.length; i++) {
      points[i] = mesh[indices[i]].clone();
    }
    return points;
  }

  static float[] embed(OrtEnvironment env, OrtSession session, Candidate c, float[] hwc)
      throws OrtException {
    int s = c.size();
    float[] input = hwc;
    long[] shape = {1, s, s, 3};
    if (c.nchw()) {
      input = new float[hwc.length];
      for (int i = 0; i < s * s; i++) {
        for (int ch = 0; ch < 3; ch++) {
          input[ch * s * s + i] = hwc[i * 3 + ch];
        }
      }
      shape = new long[] {1, 3, s, s};
    }
    try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(input), shape);
        OrtSession.Result r = session.run(Map.of(session.getInputNames().iterator().next(), t))) {
      Object value =
          c.output() != null && r.get(c.output()).isPresent()
              ? r.get(c.output()).get().getValue()
              : r.get(0).getValue();
      float[][] batch = (float[][]) value;
      return batch[0].clone();
    }
  }

  static float[] mirror(float[] hwc, int size) {
    float[] out = new float[hwc.length];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        System.arraycopy(hwc, (y * size + x) * 3, out, (y * size + size - 1 - x) * 3, 3);
      }
    }
    return out;
  }

  /** The faceplugin ONNX embedding, fetched for evaluation only (never bundled). */
  static Path facepluginModel() throws Exception {
    Path cache = Path.of(System.getProperty("user.home"), ".cache", "kith", "eval");
    Path model = cache.resolve("faceplugin/model/fr_feature.onnx");
    if (!Files.exists(model)) {
      Path tarball =
          new NpmTarball(FACEPLUGIN_PACKAGE, FACEPLUGIN_VERSION, FACEPLUGIN_INTEGRITY).fetch(cache);
      NpmTarball.extract(tarball, Set.of("model/fr_feature.onnx"), cache.resolve("faceplugin"));
    }
    return model;
  }

  static double[] zScores(double[] s) {
    double m = mean(s);
    double sd = std(s);
    return Arrays.stream(s).map(v -> (v - m) / sd).toArray();
  }

  static double median(List<Long> values) {
    long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
    return sorted[sorted.length / 2] / 1e6;
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
    if (ni == 0 || ng == 0) {
      return Double.NaN;
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
