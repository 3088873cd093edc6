package org.kith.api.recognition;

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

  /** The embedding model new templates are made with; never compare across versions. */
  EmbeddingModel embeddingModel();
}
