package org.kith.recognition.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BestThresholdTest {
  private static final double EPS = 1e-12;

  @Test
  void separableScoresGetTheMidpointOfTheGap() {
    double t =
        BestThreshold.of(
            new double[] {0.1, 0.9, 0.2, 0.8}, new boolean[] {false, true, false, true});
    assertEquals(0.5, t, EPS);
  }

  @Test
  void overlappingScoresMaximiseAccuracy() {
    // Sorted: .1 i, .3 g, .4 i, .6 g, .7 g. Thresholds: .2 → 4/5 correct, .35 → 3/5, .5 → 4/5.
    // Two candidates tie at 4/5 (.2 and .5); the middle (lower of two) is taken.
    double t =
        BestThreshold.of(
            new double[] {0.1, 0.3, 0.4, 0.6, 0.7}, new boolean[] {false, true, false, true, true});
    assertEquals(0.2, t, EPS);
  }

  @Test
  void allGenuineAcceptsEverything() {
    double t = BestThreshold.of(new double[] {0.4, 0.6}, new boolean[] {true, true});
    assertEquals(0.4 - 1, t, EPS);
  }

  @Test
  void allImpostorRejectsEverything() {
    double t = BestThreshold.of(new double[] {0.4, 0.6}, new boolean[] {false, false});
    assertEquals(0.6 + 1, t, EPS);
  }

  @Test
  void mismatchedLabelsAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> BestThreshold.of(new double[] {0.1}, new boolean[] {true, false}));
  }
}
