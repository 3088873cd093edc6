package org.kith.recognition.tools.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScoreDistributionTest {
  private static final double EPS = 1e-12;

  @Test
  void meanStdAndRange() {
    ScoreDistribution d = ScoreDistribution.of(new double[] {0.2, 0.4, 0.6, 0.8});
    assertEquals(4, d.count());
    assertEquals(0.5, d.mean(), EPS);
    assertEquals(Math.sqrt(0.05), d.std(), EPS); // (.09+.01+.01+.09)/4
    assertEquals(0.2, d.min(), EPS);
    assertEquals(0.8, d.max(), EPS);
  }

  @Test
  void dPrimeIsMeanGapOverPooledStd() {
    ScoreDistribution g = ScoreDistribution.of(new double[] {0.7, 0.9}); // mean .8, std .1
    ScoreDistribution i = ScoreDistribution.of(new double[] {0.0, 0.2}); // mean .1, std .1
    assertEquals(7.0, ScoreDistribution.dPrime(g, i), 1e-9);
  }

  @Test
  void emptyDistributionIsNaN() {
    assertTrue(Double.isNaN(ScoreDistribution.of(new double[0]).mean()));
  }

  @Test
  void histogramCountsAndClampsIntoBins() {
    Histogram h = Histogram.of(new double[] {-2, -0.9, -0.1, 0.0, 0.4, 0.99, 1.0, 3}, -1, 1, 4);
    // Bins [-1,-.5) [-.5,0) [0,.5) [.5,1]; -2 clamps into the first, 1.0 and 3 into the last.
    assertArrayEquals(new int[] {2, 1, 2, 3}, h.counts());
    assertEquals(0.5, h.binWidth(), EPS);
    assertEquals(0.375, h.fractions()[3], EPS);
  }
}
