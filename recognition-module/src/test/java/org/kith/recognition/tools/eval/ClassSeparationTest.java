package org.kith.recognition.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassSeparationTest {
  private static final double EPS = 1e-9;

  @Test
  void intraVarianceAndInterDistanceByHand() {
    Map<String, List<float[]>> byIdentity = new LinkedHashMap<>();
    // Centroid (1, 0); each point at squared distance 1 → variance 1.
    byIdentity.put("a", List.of(new float[] {1, 1}, new float[] {1, -1}));
    // Centroid (-1, 0); squared distances 4 → variance 4.
    byIdentity.put("b", List.of(new float[] {-1, 2}, new float[] {-1, -2}));
    // A single embedding: a centroid (0, 3) but no variance.
    byIdentity.put("c", List.of(new float[] {0, 3}));
    ClassSeparation s = ClassSeparation.of(byIdentity);
    assertEquals(3, s.identities());
    assertEquals(5, s.embeddings());
    assertEquals(2.5, s.intraClassVariance(), EPS);
    // Centroid distances: a–b 2, a–c √10, b–c √10.
    assertEquals((2 + 2 * Math.sqrt(10)) / 3, s.interClassDistance(), EPS);
    assertEquals(s.interClassDistance() / Math.sqrt(2.5), s.ratio(), EPS);
  }

  @Test
  void oneIdentityHasNoInterClassDistance() {
    ClassSeparation s = ClassSeparation.of(Map.of("a", List.of(new float[] {1, 0})));
    assertTrue(Double.isNaN(s.interClassDistance()));
    assertTrue(Double.isNaN(s.intraClassVariance()));
  }

  @Test
  void yawBucketsByAbsoluteAngle() {
    assertEquals(YawBucket.YAW_0_15, YawBucket.of(-14.9));
    assertEquals(YawBucket.YAW_15_30, YawBucket.of(15));
    assertEquals(YawBucket.YAW_30_45, YawBucket.of(-44));
    assertEquals(YawBucket.YAW_OVER_45, YawBucket.of(45));
    assertEquals(YawBucket.YAW_OVER_45, YawBucket.of(170));
  }

  @Test
  void cosineSimilarityOfKnownVectors() {
    assertEquals(0.6, Cosine.similarity(new float[] {1, 0}, new float[] {3, 4}), EPS);
    assertEquals(-1, Cosine.similarity(new float[] {1, 1}, new float[] {-2, -2}), EPS);
  }
}
