package org.kith.gallery.domain.matching;

import java.util.Random;
import org.kith.api.recognition.EmbeddingModel;
import org.kith.api.recognition.FaceEmbedding;

/** Synthetic embeddings for matching tests: identities as random directions, samples near them. */
public final class Vectors {
  public static final EmbeddingModel MODEL = new EmbeddingModel("test-net", "1", 64);
  public static final EmbeddingModel OTHER_VERSION = new EmbeddingModel("test-net", "2", 64);

  private Vectors() {}

  public static float[] random(Random random, int dimension) {
    float[] v = new float[dimension];
    for (int i = 0; i < dimension; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return unit(v);
  }

  /** A sample whose expected cosine with {@code centre} falls as {@code noise} grows. */
  public static float[] near(Random random, float[] centre, double noise) {
    float[] v = new float[centre.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) (centre[i] + noise * random.nextGaussian() / Math.sqrt(centre.length));
    }
    return unit(v);
  }

  public static float[] unit(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    float[] u = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      u[i] = (float) (v[i] / Math.sqrt(sum));
    }
    return u;
  }

  public static FaceEmbedding probe(float[] v) {
    return new FaceEmbedding(MODEL, v);
  }
}
