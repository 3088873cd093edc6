package org.kith.gallery.tools;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.kith.api.recognition.EmbeddingModel;
import org.kith.api.recognition.FaceEmbedding;
import org.kith.gallery.domain.matching.IndexedTemplate;
import org.kith.gallery.domain.matching.PatientGallery;
import org.kith.gallery.domain.matching.PersonScoring;
import org.kith.gallery.domain.matching.TemplateMatrix;

/**
 * Matching alone (cosine top-k over one patient's gallery, no I/O), at 10², 10⁴ and 10⁵ templates,
 * five templates per person. Prints median and p95 per probe of the gallery's ranking (with the
 * sketch pass where the matrix is large enough) and, in the same run, of an exact scan of every
 * row, so the two compare on the same machine state.
 *
 * <pre>
 * java -cp gallery-module/target/test-classes:gallery-module/target/classes:platform-api/target/classes \
 *   org.kith.gallery.tools.MatchingBenchmark [dimension=1024]
 * </pre>
 */
public final class MatchingBenchmark {
  private MatchingBenchmark() {}

  public static void main(String[] args) {
    int dimension = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
    EmbeddingModel model = new EmbeddingModel("bench", "1", dimension);
    Random random = new Random(42);
    System.out.printf(
        Locale.ROOT,
        "matching benchmark: dimension %d, Java %s, %d cores%n",
        dimension,
        Runtime.version(),
        Runtime.getRuntime().availableProcessors());
    for (int size : new int[] {100, 10_000, 100_000}) {
      List<IndexedTemplate> templates = new ArrayList<>(size);
      Map<Long, Optional<Instant>> consents = new HashMap<>();
      for (int i = 0; i < size; i++) {
        long person = i / 5;
        templates.add(new IndexedTemplate(i, person, model, vector(random, dimension)));
        consents.put(person, Optional.empty());
      }
      PatientGallery gallery = PatientGallery.of(1, templates, consents);
      Instant now = Instant.now();
      int iterations = size >= 100_000 ? 300 : size >= 10_000 ? 1000 : 5000;
      for (int i = 0; i < iterations / 2 + 50; i++) {
        gallery.rank(
            new FaceEmbedding(model, vector(random, dimension)), now, PersonScoring.BEST, 3);
      }
      double[] millis = new double[iterations];
      for (int i = 0; i < iterations; i++) {
        FaceEmbedding probe = new FaceEmbedding(model, vector(random, dimension));
        long start = System.nanoTime();
        gallery.rank(probe, now, PersonScoring.BEST, 3);
        millis[i] = (System.nanoTime() - start) / 1e6;
      }
      TemplateMatrix matrix = TemplateMatrix.of(model.key(), dimension, templates);
      float[] out = new float[size];
      double[] exact = new double[iterations];
      for (int i = 0; i < iterations; i++) {
        float[] probe = TemplateMatrix.normalised(vector(random, dimension));
        long start = System.nanoTime();
        matrix.exactScores(probe, out);
        exact[i] = (System.nanoTime() - start) / 1e6;
      }
      Arrays.sort(millis);
      Arrays.sort(exact);
      System.out.printf(
          Locale.ROOT,
          "%,8d templates (%,6d persons): rank p50 %8.3f ms  p95 %8.3f ms%s;"
              + "  exact scan p50 %8.3f ms (%.2f GFLOP/s)%n",
          size,
          size / 5,
          millis[iterations / 2],
          millis[(int) (iterations * 0.95)],
          matrix.prefiltered() ? " (sketch pass)" : "",
          exact[iterations / 2],
          2.0 * size * dimension / (exact[iterations / 2] * 1e6));
    }
  }

  private static float[] vector(Random random, int dimension) {
    float[] v = new float[dimension];
    for (int i = 0; i < dimension; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return v;
  }
}
