package org.kith.gallery.domain.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kith.api.recognition.EmbeddingModel;

/**
 * The sketch pass of large matrices must not change who is named: on a gallery whose identities
 * crowd into one cone, as real face embeddings do, every probe whose exact best score could pass an
 * accept threshold gets the same best person with the same score as an exact scan.
 */
class TemplateMatrixTest {
  private static final int DIMENSION = 128;
  private static final EmbeddingModel MODEL = new EmbeddingModel("cone-net", "1", DIMENSION);

  @Test
  void smallMatricesAreScannedExactly() {
    Random random = new Random(3);
    List<IndexedTemplate> templates = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      templates.add(new IndexedTemplate(i, i / 5, MODEL, Vectors.random(random, DIMENSION)));
    }
    assertFalse(TemplateMatrix.of(MODEL.key(), DIMENSION, templates).prefiltered());
  }

  @Test
  void theSketchPassNamesTheSamePersonWithTheSameScoreAsAnExactScan() {
    Random random = new Random(5);
    float[] cone = Vectors.random(random, DIMENSION);
    List<float[]> centres = new ArrayList<>();
    List<IndexedTemplate> templates = new ArrayList<>();
    for (int person = 0; person < 5_000; person++) {
      float[] centre = Vectors.unit(add(cone, Vectors.random(random, DIMENSION)));
      centres.add(centre);
      for (int t = 0; t < 5; t++) {
        templates.add(
            new IndexedTemplate(
                templates.size(), person, MODEL, Vectors.near(random, centre, 0.6)));
      }
    }
    TemplateMatrix matrix = TemplateMatrix.of(MODEL.key(), DIMENSION, templates);
    assertTrue(matrix.prefiltered(), "25,000 rows of 128 floats are above the prefilter size");

    int compared = 0;
    int differentPerson = 0;
    int closeRunnersUp = 0;
    float worstShortfall = 0;
    for (int i = 0; i < 400; i++) {
      // Half the probes are enrolled people, half strangers from the same cone.
      boolean enrolled = i % 2 == 0;
      int person = random.nextInt(centres.size());
      float[] probe =
          enrolled
              ? Vectors.near(random, centres.get(person), 0.8)
              : Vectors.unit(add(cone, Vectors.random(random, DIMENSION)));
      float[] exact = new float[matrix.size()];
      matrix.exactScores(TemplateMatrix.normalised(probe), exact);
      float[] fast = new float[matrix.size()];
      matrix.scores(probe, fast);
      int exactBest = argmax(exact);
      int fastBest = argmax(fast);
      if (exact[exactBest] < 0.6f) {
        continue;
      }
      compared++;
      if (enrolled && matrix.personId(exactBest) == person) {
        // An enrolled person is always found, with the exact score of every template of theirs.
        assertEquals(person, matrix.personId(fastBest), "probe " + i);
        assertEquals(exact[exactBest], fast[fastBest], 1e-6f, "probe " + i);
        for (int r = 0; r < matrix.size(); r++) {
          if (matrix.personId(r) == person) {
            assertEquals(exact[r], fast[r], 1e-6f);
          }
        }
        // The runner-up decides the margin rule (a sibling must not be named as the daughter):
        // where it is close enough to matter, it is found with its exact score too.
        float exactRunnerUp = bestOfOthers(matrix, exact, person);
        if (exact[exactBest] - exactRunnerUp < 0.05f) {
          assertEquals(exactRunnerUp, bestOfOthers(matrix, fast, person), 1e-6f, "probe " + i);
          closeRunnersUp++;
        }
      }
      // A stranger's best may be missed only among near-ties, never by much: the sketch can only
      // lower a score, so it never names anyone an exact scan would not.
      if (matrix.personId(fastBest) != matrix.personId(exactBest)) {
        differentPerson++;
      }
      worstShortfall = Math.max(worstShortfall, exact[exactBest] - fast[fastBest]);
      assertTrue(fast[fastBest] <= exact[exactBest] + 1e-6f);
    }
    System.out.printf(
        "sketch pass: %d probes at 0.6 or more, %d with another best person, worst shortfall %.4f,"
            + " %d close runners-up exact%n",
        compared, differentPerson, worstShortfall, closeRunnersUp);
    assertTrue(worstShortfall < 0.05f, "worst shortfall " + worstShortfall);
    assertTrue(compared >= 150, "only " + compared + " probes scored 0.6 or more");
  }

  /**
   * The margin rule keeps a sibling from being named as the daughter only if the sibling's score is
   * right: in a gallery of look-alike pairs, whenever the runner-up is close behind the best
   * person, the sketch pass must give the runner-up its exact score.
   */
  @Test
  void aLookAlikeCloseBehindTheBestPersonKeepsItsExactScore() {
    Random random = new Random(11);
    float[] cone = Vectors.random(random, DIMENSION);
    List<float[]> faces = new ArrayList<>();
    List<IndexedTemplate> templates = new ArrayList<>();
    for (int family = 0; family < 2_500; family++) {
      float[] shared = Vectors.unit(add(cone, Vectors.random(random, DIMENSION)));
      for (int sibling = 0; sibling < 2; sibling++) {
        float[] face = Vectors.near(random, shared, 0.5);
        int person = faces.size();
        faces.add(face);
        for (int t = 0; t < 5; t++) {
          templates.add(
              new IndexedTemplate(
                  templates.size(), person, MODEL, Vectors.near(random, face, 0.6)));
        }
      }
    }
    TemplateMatrix matrix = TemplateMatrix.of(MODEL.key(), DIMENSION, templates);
    assertTrue(matrix.prefiltered());
    int close = 0;
    for (int i = 0; i < 400; i++) {
      int person = random.nextInt(faces.size());
      float[] probe = Vectors.near(random, faces.get(person), 0.8);
      float[] exact = new float[matrix.size()];
      matrix.exactScores(TemplateMatrix.normalised(probe), exact);
      float[] fast = new float[matrix.size()];
      matrix.scores(probe, fast);
      long named = matrix.personId(argmax(exact));
      assertEquals(named, matrix.personId(argmax(fast)), "probe " + i);
      float exactRunnerUp = bestOfOthers(matrix, exact, named);
      if (exact[argmax(exact)] - exactRunnerUp < 0.1f) {
        close++;
        assertEquals(exactRunnerUp, bestOfOthers(matrix, fast, named), 1e-6f, "probe " + i);
      }
    }
    assertTrue(close >= 100, "only " + close + " probes had a runner-up within 0.1");
  }

  @Test
  void addingAndErasingKeepTheSketchesInStepWithTheRows() {
    Random random = new Random(7);
    List<IndexedTemplate> templates = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      templates.add(new IndexedTemplate(i, i / 4, MODEL, Vectors.random(random, DIMENSION)));
    }
    TemplateMatrix matrix = TemplateMatrix.of(MODEL.key(), DIMENSION, templates);
    assertTrue(matrix.prefiltered());
    float[] newcomer = Vectors.random(random, DIMENSION);
    TemplateMatrix added =
        matrix.plus(List.of(new IndexedTemplate(99_999, 77_777, MODEL, newcomer)));
    float[] scores = new float[added.size()];
    added.scores(newcomer, scores);
    int best = argmax(scores);
    assertEquals(77_777, added.personId(best));
    assertEquals(1.0f, scores[best], 1e-5f);

    float[] kept = templates.get(12_345).vector();
    TemplateMatrix erased = added.withoutPerson(12_345 / 4);
    assertEquals(added.size() - 4, erased.size());
    float[] after = new float[erased.size()];
    erased.scores(kept, after);
    int named = argmax(after);
    assertTrue(erased.personId(named) != 12_345 / 4);
    assertTrue(after[named] < 0.9f, "the erased person's own template is gone");
    erased.scores(newcomer, after);
    assertEquals(77_777, erased.personId(argmax(after)));
  }

  private static float bestOfOthers(TemplateMatrix matrix, float[] scores, long person) {
    float best = Float.NEGATIVE_INFINITY;
    for (int r = 0; r < matrix.size(); r++) {
      if (matrix.personId(r) != person) {
        best = Math.max(best, scores[r]);
      }
    }
    return best;
  }

  private static float[] add(float[] a, float[] b) {
    float[] sum = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      sum[i] = a[i] + b[i];
    }
    return sum;
  }

  private static int argmax(float[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }
}
