package org.kith.api.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The recognition pipeline: decode → detect → landmarks → align → quality/context → embed.
 * Stateless and thread-safe. Bad images are refused with a {@link ImageRejectedException} naming
 * one of {@link ImageErrors}; an image without a face is not an error (an analysis with no faces).
 */
public interface FaceRecognition {
  /**
   * The REST path, under the recognition module's context root, that implements {@link #analyze}:
   * the image as the request body ({@code image/jpeg}, {@code image/png}, …), options as query
   * parameters {@code maxFaces}, {@code landmarks}, {@code embeddings}. Role {@code
   * platform-service} only.
   */
  String ANALYZE_PATH = "/recognition/api/v1/analyses";

  /** The recognition module's runtime description, which names the embedding model it runs. */
  String RUNTIME_PATH = "/recognition/api/v1/runtime";

  FaceAnalysis analyze(byte[] image, AnalysisOptions options);

  /**
   * {@link #analyze} begun now and finished later, so that a caller can do its own work (checking
   * who asks) while the image is analysed elsewhere. It fails as {@link #analyze} throws. An
   * implementation that analyses in the caller's process has nothing to overlap and finishes before
   * it returns.
   */
  default CompletableFuture<FaceAnalysis> analyzeAsync(byte[] image, AnalysisOptions options) {
    try {
      return CompletableFuture.completedFuture(analyze(image, options));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** The query parameter of {@link #ANALYZE_PATH} that carries {@link #follow}'s hints. */
  String FOLLOW_PARAMETER = "follow";

  /** Below this face-presence confidence a followed face counts as lost. */
  double FOLLOW_MIN_PRESENCE = 0.5;

  /**
   * Looks for each hinted face of the previous frame again in this one, without running the
   * detector (MediaPipe's practice: the landmark model on the crop predicted from the last frame).
   * The answer has exactly one face per hint, in the hints' order; a face whose {@code score} (its
   * presence confidence) is below {@link #FOLLOW_MIN_PRESENCE} was not found there and carries no
   * landmarks and no embedding.
   *
   * <p>This default finds the faces with a full {@link #analyze} and pairs each hint with the face
   * that overlaps it most, so any implementation answers correctly; the pipeline's own is cheaper.
   */
  default FaceAnalysis follow(byte[] image, List<FaceHint> hints, AnalysisOptions options) {
    FaceAnalysis full = analyze(image, options);
    List<AnalyzedFace> faces = new ArrayList<>();
    for (FaceHint hint : hints) {
      AnalyzedFace best = null;
      double bestOverlap = 0.1;
      for (AnalyzedFace face : full.faces()) {
        double overlap = FaceHints.iou(face.box(), hint.box());
        if (overlap > bestOverlap && !faces.contains(face)) {
          best = face;
          bestOverlap = overlap;
        }
      }
      faces.add(best != null ? best : FaceHints.lost(hint));
    }
    return new FaceAnalysis(full.imageWidth(), full.imageHeight(), faces, full.millis());
  }

  /** The embedding model new templates are made with; never compare across versions. */
  EmbeddingModel embeddingModel();
}
