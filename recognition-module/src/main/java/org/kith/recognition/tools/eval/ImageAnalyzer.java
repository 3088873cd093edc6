package org.kith.recognition.tools.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kith.api.recognition.AnalysisOptions;
import org.kith.api.recognition.AnalyzedFace;
import org.kith.api.recognition.FaceAnalysis;
import org.kith.api.recognition.FaceRecognition;
import org.kith.api.recognition.ImageRejectedException;

/**
 * Analyses each needed image once, on a fixed pool of {@code threads} workers; each worker reads
 * its own file, so at most {@code threads} images are in memory at a time.
 */
public final class ImageAnalyzer {
  private static final Logger LOG = Logger.getLogger(ImageAnalyzer.class.getName());

  /** An image of the data set under one illumination condition. */
  public record ImageKey(String file, Lighting lighting) {}

  /** Up to five faces: enough to find the subject among bystanders without embedding crowds. */
  static final AnalysisOptions OPTIONS = new AnalysisOptions(5, false, true);

  private final FaceRecognition recognition;
  private final Path root;
  private final int threads;

  public ImageAnalyzer(FaceRecognition recognition, Path root, int threads) {
    this.recognition = recognition;
    this.root = root;
    this.threads = threads;
  }

  /** Results for every key, in the keys' order; {@code progress} hears the count done so far. */
  public Map<ImageKey, ImageResult> analyzeAll(List<ImageKey> keys, IntConsumer progress)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      AtomicInteger done = new AtomicInteger();
      List<Future<ImageResult>> futures = new ArrayList<>();
      for (ImageKey key : keys) {
        futures.add(
            pool.submit(
                () -> {
                  ImageResult r = analyze(key);
                  progress.accept(done.incrementAndGet());
                  return r;
                }));
      }
      Map<ImageKey, ImageResult> results = new LinkedHashMap<>();
      for (int k = 0; k < keys.size(); k++) {
        try {
          results.put(keys.get(k), futures.get(k).get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("analysis task failed", e.getCause());
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** One image: never throws for a bad image, the failure is recorded instead. */
  ImageResult analyze(ImageKey key) {
    long start = System.nanoTime();
    byte[] bytes;
    try {
      bytes = Relighting.apply(Files.readAllBytes(root.resolve(key.file())), key.lighting());
    } catch (NoSuchFileException e) {
      return ImageResult.failed(ImageResult.MISSING, 0, 0);
    } catch (IOException e) {
      return ImageResult.failed(ImageResult.ERROR, 0, 0);
    }
    try {
      FaceAnalysis analysis = recognition.analyze(bytes, OPTIONS);
      double millis = (System.nanoTime() - start) / 1e6;
      Optional<AnalyzedFace> face =
          FaceChoice.subject(analysis.faces(), analysis.imageWidth(), analysis.imageHeight());
      if (face.isEmpty()) {
        return ImageResult.failed(ImageResult.NO_FACE, 0, millis);
      }
      AnalyzedFace f = face.get();
      if (f.embedding() == null) {
        return ImageResult.failed(ImageResult.ERROR, analysis.faces().size(), millis);
      }
      return new ImageResult(
          f.embedding().vector(),
          f.embedding().model(),
          f.pose() == null ? Double.NaN : f.pose().yaw(),
          analysis.faces().size(),
          millis,
          null);
    } catch (ImageRejectedException e) {
      return ImageResult.failed(
          "REJECTED:" + e.errorCode().code(), 0, (System.nanoTime() - start) / 1e6);
    } catch (RuntimeException e) {
      // Counted and reported as ERROR; the message (never the image) helps find the cause.
      LOG.log(Level.WARNING, "REC-901 analysis failed: {0}", e.toString());
      return ImageResult.failed(ImageResult.ERROR, 0, (System.nanoTime() - start) / 1e6);
    }
  }
}
