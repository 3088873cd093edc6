package org.kith.recognition.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TenFoldAccuracyTest {
  private static final double EPS = 1e-12;

  @Test
  void separableScoresAreRightInEveryFold() {
    int n = 40;
    double[] scores = new double[n];
    boolean[] genuine = new boolean[n];
    for (int k = 0; k < n; k++) {
      genuine[k] = k % 2 == 0;
      scores[k] = genuine[k] ? 0.6 + k * 0.001 : 0.4 - k * 0.001;
    }
    TenFoldAccuracy a = TenFoldAccuracy.of(scores, genuine);
    assertEquals(10, a.folds().size());
    assertEquals(1.0, a.mean(), EPS);
    assertEquals(0.0, a.std(), EPS);
    for (TenFoldAccuracy.Fold f : a.folds()) {
      assertEquals(4, f.to() - f.from());
      assertEquals(1.0, f.accuracy(), EPS);
    }
  }

  @Test
  void foldsAreContiguousInFileOrderAndScoredOnTheOtherFoldsThreshold() {
    // Two folds of 4. Fold 0 = pairs 0..3, fold 1 = 4..7.
    // Fold 1 alone (the training set of fold 0) is separated at its gap .45 ↔ .55 → threshold .5.
    // Fold 0 alone (the training set of fold 1) is separated between .25 and .35 → threshold .3.
    double[] scores = {0.9, 0.35, 0.25, 0.1, 0.8, 0.55, 0.45, 0.2};
    boolean[] genuine = {true, true, false, false, true, true, false, false};
    TenFoldAccuracy a = TenFoldAccuracy.of(scores, genuine, 2);
    assertEquals(0.5, a.folds().get(0).threshold(), EPS);
    assertEquals(0.3, a.folds().get(1).threshold(), EPS);
    // Fold 0 at .5: .35 genuine rejected → 3/4. Fold 1 at .3: .45 impostor accepted → 3/4.
    assertEquals(0.75, a.folds().get(0).accuracy(), EPS);
    assertEquals(0.75, a.folds().get(1).accuracy(), EPS);
    assertEquals(0.75, a.mean(), EPS);
    assertEquals(0.0, a.std(), EPS);
  }

  @Test
  void meanSampleStdAndStandardErrorOverFolds() {
    // Four folds of (genuine, impostor): (.9,.1) (.9,.45) (.9,.1) (.55,.1).
    // Fold 0 and 2 train on a set separable between .45 and .55 → threshold .5 → accuracy 1.
    // Fold 1 trains on {.9,.9,.55 | .1,.1,.1} → .325 → its impostor .45 is accepted → 1/2.
    // Fold 3 trains on {.9,.9,.9 | .1,.45,.1} → .675 → its genuine .55 is rejected → 1/2.
    double[] scores = {0.9, 0.1, 0.9, 0.45, 0.9, 0.1, 0.55, 0.1};
    boolean[] genuine = {true, false, true, false, true, false, true, false};
    TenFoldAccuracy a = TenFoldAccuracy.of(scores, genuine, 4);
    assertEquals(0.325, a.folds().get(1).threshold(), EPS);
    assertEquals(0.675, a.folds().get(3).threshold(), EPS);
    assertEquals(1.0, a.folds().get(0).accuracy(), EPS);
    assertEquals(0.5, a.folds().get(1).accuracy(), EPS);
    assertEquals(1.0, a.folds().get(2).accuracy(), EPS);
    assertEquals(0.5, a.folds().get(3).accuracy(), EPS);
    assertEquals(0.75, a.mean(), EPS);
    // Deviations ±.25: sample variance 4 × .0625 / 3.
    assertEquals(Math.sqrt(0.25 / 3), a.std(), EPS);
    assertEquals(Math.sqrt(0.25 / 3) / 2, a.standardError(), EPS);
  }

  @Test
  void tooFewPairsAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TenFoldAccuracy.of(new double[] {0.1, 0.2}, new boolean[] {true, false}));
  }
}
