package org.kith.recognition.tools.eval;

/** Cosine similarity of two embeddings of the same model. */
public final class Cosine {
  private Cosine() {}

  /** The cosine of the angle between a and b; the pipeline's vectors are unit length already. */
  public static double similarity(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "embeddings of different length ("
              + a.length
              + " and "
              + b.length
              + ") are not comparable");
    }
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int k = 0; k < a.length; k++) {
      dot += (double) a[k] * b[k];
      na += (double) a[k] * a[k];
      nb += (double) b[k] * b[k];
    }
    if (na == 0 || nb == 0) {
      // Undefined, and never silently 0: a zero vector means the embedding is broken.
      throw new IllegalArgumentException("a zero embedding has no direction");
    }
    return dot / Math.sqrt(na * nb);
  }
}
