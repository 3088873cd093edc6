package org.kith.recognition.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VerificationMetricsTest {
  private static final double EPS = 1e-12;

  @Test
  void confusionMatrixAndRatesAtAThreshold() {
    // Genuine: 3 of 4 at or above 0.5; impostor: 1 of 6 at or above 0.5.
    VerificationMetrics m =
        VerificationMetrics.at(
            0.5, new double[] {0.9, 0.5, 0.7, 0.2}, new double[] {0.1, 0.6, 0.3, 0.0, -0.2, 0.49});
    assertEquals(3, m.truePositives());
    assertEquals(1, m.falseNegatives());
    assertEquals(1, m.falsePositives());
    assertEquals(5, m.trueNegatives());
    assertEquals(10, m.total());
    assertEquals(0.8, m.accuracy(), EPS);
    assertEquals(0.75, m.precision(), EPS);
    assertEquals(0.75, m.recall(), EPS);
    assertEquals(5.0 / 6, m.specificity(), EPS);
    assertEquals(1.0 / 6, m.falsePositiveRate(), EPS);
    assertEquals(0.25, m.falseNegativeRate(), EPS);
    assertEquals(5.0 / 6, m.negativePredictiveValue(), EPS);
    assertEquals(0.75, m.f1(), EPS);
  }

  @Test
  void ratesWithoutDenominatorAreNaN() {
    VerificationMetrics m = VerificationMetrics.at(2.0, new double[] {0.9}, new double[] {0.1});
    assertEquals(0, m.truePositives());
    assertTrue(Double.isNaN(m.precision()));
    assertTrue(Double.isNaN(m.f1()));
    assertEquals(0.5, m.accuracy(), EPS);
  }
}
