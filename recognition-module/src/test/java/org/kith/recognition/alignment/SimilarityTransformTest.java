package org.kith.recognition.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SimilarityTransformTest {
  @Test
  void estimateRecoversAKnownSimilarityExactly() {
    SimilarityTransform truth = SimilarityTransform.of(2.5, Math.toRadians(17), 40, -12);
    double[][] from = AlignmentTemplate.ARCFACE_112.points();
    double[][] to = new double[from.length][];
    for (int i = 0; i < from.length; i++) {
      to[i] = new double[] {truth.x(from[i][0], from[i][1]), truth.y(from[i][0], from[i][1])};
    }
    SimilarityTransform fitted = SimilarityTransform.estimate(from, to);
    assertEquals(truth.a(), fitted.a(), 1e-9);
    assertEquals(truth.b(), fitted.b(), 1e-9);
    assertEquals(truth.tx(), fitted.tx(), 1e-9);
    assertEquals(truth.ty(), fitted.ty(), 1e-9);
  }

  @Test
  void leastSquaresSplitsTheErrorOfANoisyPoint() {
    double[][] from = {{0, 0}, {10, 0}, {0, 10}, {10, 10}};
    double[][] to = {{0, 0}, {10, 0}, {0, 10}, {12, 12}};
    SimilarityTransform fitted = SimilarityTransform.estimate(from, to);
    // Not the exact identity (one point moved) but close to it, and no rotation by symmetry.
    assertEquals(0, fitted.b(), 1e-9);
    assertEquals(true, fitted.a() > 1 && fitted.a() < 1.2, "scale " + fitted.a());
  }

  @Test
  void inverseUndoesTheTransform() {
    SimilarityTransform t = SimilarityTransform.of(0.7, 1.1, 5, 9);
    SimilarityTransform back = t.inverse();
    double x = t.x(13, -4);
    double y = t.y(13, -4);
    assertEquals(13, back.x(x, y), 1e-9);
    assertEquals(-4, back.y(x, y), 1e-9);
  }
}
