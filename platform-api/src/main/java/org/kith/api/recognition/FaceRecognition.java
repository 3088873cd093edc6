package org.kith.api.recognition;

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

  /** The embedding model new templates are made with; never compare across versions. */
  EmbeddingModel embeddingModel();
}
