package org.kith.recognition.tools.cli;

import ai.onnxruntime.OrtException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.kith.api.recognition.AnalysisOptions;
import org.kith.api.recognition.FaceAnalysis;
import org.kith.recognition.application.RecognitionSettings;
import org.kith.recognition.application.StandaloneFaceRecognition;
import org.kith.recognition.detection.BlazeFaceDetector;
import org.kith.recognition.detection.Detection;
import org.kith.recognition.embedding.OnnxFaceEmbedder;
import org.kith.recognition.image.ImageDecoder;
import org.kith.recognition.image.RgbImage;
import org.kith.recognition.infrastructure.onnx.OnnxModels;
import org.kith.recognition.landmarks.FaceMesh;
import org.kith.recognition.landmarks.FaceMeshLandmarker;

/**
 * {@code ./kith recognize bench}: per-stage latency percentiles of the whole pipeline on one face
 * in a 640 × 480 JPEG (batch 1), then the model stages batched (faces per second at each batch
 * size) and two images analysed concurrently. Prints numbers; asserts nothing.
 */
final class Bench {
  private static final List<String> STAGES =
      List.of("decode", "detect", "landmarks", "align", "quality", "embed", "total");

  private Bench() {}

  static int run(
      StandaloneFaceRecognition recognition,
      RecognitionSettings settings,
      RecognizeCommand.Options options,
      PrintStream out) {
    byte[] jpeg = options.image.map(Bench::read).orElseGet(() -> benchImage(out));
    AnalysisOptions one = new AnalysisOptions(1, false, true);
    FaceAnalysis first = recognition.analyze(jpeg, one);
    out.printf(
        "machine: %d CPUs, %s %s, Java %s; ONNX Runtime %s on %s; embedding %s, flip %s, CLAHE %s%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        System.getProperty("java.version"),
        recognition.models().version(),
        recognition.models().executionProvider(),
        recognition.embeddingModel().key(),
        settings.flipAveraging(),
        settings.clahe());
    out.printf(
        "image: %dx%d JPEG, %d bytes, %d face(s) found%n",
        first.imageWidth(), first.imageHeight(), jpeg.length, first.faces().size());
    // A server answers from JIT-compiled code; a few calls leave the pipeline's loops interpreted.
    for (int i = 0; i < options.warmup; i++) {
      recognition.analyze(jpeg, one);
    }
    Map<String, List<Double>> samples = new TreeMap<>();
    for (int i = 0; i < options.iterations; i++) {
      FaceAnalysis a = recognition.analyze(jpeg, one);
      a.millis().forEach((k, v) -> samples.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
    }
    out.printf(
        "%nbatch 1, %d iterations after %d warm-up calls (ms)%n",
        options.iterations, options.warmup);
    out.printf("%-10s %8s %8s %8s %8s%n", "stage", "p50", "p95", "p99", "mean");
    for (String stage : STAGES) {
      List<Double> s = samples.getOrDefault(stage, List.of(0.0));
      out.printf(
          "%-10s %8.2f %8.2f %8.2f %8.2f%n",
          stage,
          percentile(s, 50),
          percentile(s, 95),
          percentile(s, 99),
          s.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }
    double p50 = percentile(samples.get("total"), 50);
    out.printf("throughput at batch 1: %.1f images/s (1000 / p50 total)%n", 1000 / p50);
    try {
      batched(recognition.models(), settings, jpeg, options, out);
    } catch (OrtException e) {
      throw new IllegalStateException("REC-031 benchmark inference failed", e);
    }
    concurrent(recognition, jpeg, one, options.iterations, out);
    return 0;
  }

  /** Detector, FaceMesh and embedder with B faces per call. */
  private static void batched(
      OnnxModels models,
      RecognitionSettings settings,
      byte[] jpeg,
      RecognizeCommand.Options options,
      PrintStream out)
      throws OrtException {
    RgbImage image = new ImageDecoder(settings.limits()).decode(jpeg);
    BlazeFaceDetector detector =
        new BlazeFaceDetector(
            models.environment(),
            models.getModel("blazeface-back").session(),
            settings.minDetectionScore());
    List<Detection> found = detector.detect(image, 1);
    if (found.isEmpty()) {
      out.println("no face in the bench image: batched stages skipped");
      return;
    }
    FaceMeshLandmarker landmarker =
        new FaceMeshLandmarker(models.environment(), models.getModel("facemesh").session());
    OnnxFaceEmbedder embedder =
        new OnnxFaceEmbedder(
            models.environment(),
            models.getModel(settings.embeddingModel()),
            settings.flipAveraging());
    FaceMesh mesh = landmarker.landmarks(image, found).get(0);
    float[] crop = embedder.crop(image, mesh);
    out.printf("%nbatched model stages (ms per call / faces per second)%n");
    out.printf("%-6s %20s %20s%n", "batch", "landmarks", "embed");
    int rounds = Math.max(5, options.iterations / 4);
    for (int b : options.batches) {
      List<Detection> faces = Collections.nCopies(b, found.get(0));
      List<float[]> crops = Collections.nCopies(b, crop);
      landmarker.landmarks(image, faces);
      embedder.embed(crops);
      List<Double> mesh2 = new ArrayList<>();
      List<Double> embed2 = new ArrayList<>();
      for (int i = 0; i < rounds; i++) {
        long t0 = System.nanoTime();
        landmarker.landmarks(image, faces);
        long t1 = System.nanoTime();
        embedder.embed(crops);
        long t2 = System.nanoTime();
        mesh2.add((t1 - t0) / 1e6);
        embed2.add((t2 - t1) / 1e6);
      }
      double m = percentile(mesh2, 50);
      double e = percentile(embed2, 50);
      out.printf("%-6d %9.2f / %7.1f %9.2f / %7.1f%n", b, m, 1000 * b / m, e, 1000 * b / e);
    }
  }

  /** Two requests at a time, as the server sees them: whole-pipeline images per second. */
  private static void concurrent(
      StandaloneFaceRecognition recognition,
      byte[] jpeg,
      AnalysisOptions one,
      int iterations,
      PrintStream out) {
    int threads = 2;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long start = System.nanoTime();
      List<Future<FaceAnalysis>> runs = new ArrayList<>();
      for (int i = 0; i < iterations; i++) {
        runs.add(pool.submit(() -> recognition.analyze(jpeg, one)));
      }
      for (Future<FaceAnalysis> f : runs) {
        f.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf(
          "%n%d concurrent requests: %.1f images/s over %d images%n",
          threads, iterations / seconds, iterations);
    } catch (Exception e) {
      throw new IllegalStateException("REC-031 concurrent benchmark failed", e);
    } finally {
      pool.shutdownNow();
    }
  }

  static double percentile(List<Double> values, double p) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One face in a 640 × 480 JPEG: the first faces-dev portrait (scaled to 400 pixels, centred on
   * grey) when the shared data set is present, else a drawn placeholder face.
   */
  static byte[] benchImage(PrintStream out) {
    BufferedImage canvas = new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = canvas.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.setColor(new Color(128, 128, 128));
    g.fillRect(0, 0, 640, 480);
    Optional<Path> portrait = firstPortrait();
    try {
      if (portrait.isPresent()) {
        BufferedImage face = ImageIO.read(portrait.get().toFile());
        g.drawImage(face, 120, 40, 400, 400, null);
        out.println("bench image: " + portrait.get().getFileName() + " on a 640x480 canvas");
      } else {
        g.setColor(new Color(224, 180, 150));
        g.fillOval(220, 90, 200, 260);
        out.println("bench image: drawn placeholder (faces-dev absent; pass --image FILE)");
      }
      g.dispose();
      ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
      ImageIO.write(canvas, "jpeg", jpeg);
      return jpeg.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Optional<Path> firstPortrait() {
    String shared = System.getProperty("kith.shared.dir", System.getenv("KITH_SHARED_DIR"));
    Path faces = Path.of(shared == null ? "../shared" : shared, "data", "faces-dev");
    if (!Files.isDirectory(faces)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.walk(faces, 2)) {
      return files.filter(p -> p.toString().endsWith(".jpg")).sorted().findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
