package org.kith.recognition.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedNmsTest {
  private static Detection box(double x, double y, double size, double score) {
    return new Detection(x, y, size, size, score, new double[][] {{x, y}});
  }

  @Test
  void overlappingBoxesMergeIntoTheirScoreWeightedMean() {
    List<Detection> kept =
        new WeightedNms(0.3).apply(List.of(box(0, 0, 100, 0.9), box(10, 0, 100, 0.3)));
    assertEquals(1, kept.size());
    assertEquals(0.9, kept.get(0).score(), 1e-12);
    assertEquals(10 * 0.3 / 1.2, kept.get(0).x(), 1e-9);
    assertEquals(10 * 0.3 / 1.2, kept.get(0).keypoints()[0][0], 1e-9);
  }

  @Test
  void separateFacesStaySeparate() {
    List<Detection> kept =
        new WeightedNms(0.3)
            .apply(List.of(box(0, 0, 50, 0.6), box(200, 0, 50, 0.8), box(5, 0, 50, 0.7)));
    assertEquals(2, kept.size());
    assertEquals(0.8, kept.get(0).score(), 1e-12);
    assertEquals(0.7, kept.get(1).score(), 1e-12);
  }
}
