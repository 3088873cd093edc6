package org.kith.recognition.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kith.api.recognition.HeadPose;

class QualityScoreTest {
  private static final HeadPose FRONTAL = new HeadPose(0, 0, 0);

  @Test
  void idealFaceScoresOneAndEachFlawLowersIt() {
    double ideal = QualityScore.of(FRONTAL, 60, 0.8, 0.5, 0.2, 0, 1);
    assertEquals(1, ideal, 1e-12);
    assertTrue(QualityScore.of(new HeadPose(45, 0, 0), 60, 0.8, 0.5, 0.2, 0, 1) < ideal);
    assertTrue(QualityScore.of(FRONTAL, 20, 0.8, 0.5, 0.2, 0, 1) < ideal);
    assertTrue(QualityScore.of(FRONTAL, 60, 0.1, 0.5, 0.2, 0, 1) < ideal);
    assertTrue(QualityScore.of(FRONTAL, 60, 0.8, 0.15, 0.2, 0, 1) < ideal);
    assertTrue(QualityScore.of(FRONTAL, 60, 0.8, 0.5, 0.2, 0.5, 1) < ideal);
    assertTrue(QualityScore.of(FRONTAL, 60, 0.8, 0.5, 0.2, 0, 0.6) < ideal);
  }

  @Test
  void profileTinyOrBlackFacesScoreZero() {
    assertEquals(0, QualityScore.of(new HeadPose(70, 0, 0), 60, 0.8, 0.5, 0.2, 0, 1));
    assertEquals(0, QualityScore.of(FRONTAL, 8, 0.8, 0.5, 0.2, 0, 1));
    assertEquals(0, QualityScore.of(FRONTAL, 60, 0.8, 0.0, 0.0, 0, 1));
  }

  @Test
  void cropStatisticsSeeFlatAndSharpCrops() {
    int s = 32;
    float[] flat = new float[s * s * 3];
    java.util.Arrays.fill(flat, 128);
    CropStatistics f = CropStatistics.of(flat, s, s);
    assertEquals(128 / 255.0, f.brightness(), 1e-9);
    assertEquals(0, f.contrast(), 1e-6);
    assertEquals(0, f.sharpness(), 1e-6);
    float[] checker = new float[s * s * 3];
    for (int i = 0; i < s * s; i++) {
      float v = ((i % s + i / s) % 2) * 255f;
      checker[3 * i] = v;
      checker[3 * i + 1] = v;
      checker[3 * i + 2] = v;
    }
    assertTrue(CropStatistics.of(checker, s, s).sharpness() > 0.99);
  }
}
