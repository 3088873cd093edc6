package org.kith.api.recognition;

/**
 * What to compute. {@code maxFaces} caps detection (largest faces first); {@code landmarks} adds
 * the dense 468-point mesh to each face (the 5 alignment points are always there); {@code
 * embeddings} adds the embedding, which costs the most.
 */
public record AnalysisOptions(int maxFaces, boolean landmarks, boolean embeddings) {
  public static final AnalysisOptions IDENTIFY = new AnalysisOptions(10, false, true);
  public static final AnalysisOptions ENROL = new AnalysisOptions(10, false, true);

  public AnalysisOptions {
    if (maxFaces < 1) {
      throw new IllegalArgumentException("maxFaces must be at least 1");
    }
  }
}
