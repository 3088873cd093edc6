package org.kith.gallery.domain.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.kith.api.recognition.FaceQuality;
import org.kith.api.recognition.HeadPose;

class ThresholdTableTest {
  private static FaceQuality quality(double score) {
    return new FaceQuality(score, 0.5, 0.2, 0.3, 60, 0, 0.9, 0.9);
  }

  @Test
  void theShippedTableLoadsAndUncalibratedModelsAreStricterOnPoorProbes() {
    ThresholdTable table =
        ThresholdTable.load(
            ThresholdTable.class.getResourceAsStream(
                "/org/kith/gallery/domain/matching/thresholds.properties"));
    assertFalse(table.version().isBlank());
    MatchThresholds good = table.thresholds("never-seen@1", ProbeContext.GOOD);
    MatchThresholds poor = table.thresholds("never-seen@1", ProbeContext.POOR_QUALITY);
    MatchThresholds turned = table.thresholds("never-seen@1", ProbeContext.POOR_POSE);
    assertTrue(
        poor.accept() > good.accept(), "an uncalibrated model is stricter on poor-quality probes");
    assertTrue(
        turned.accept() > good.accept(), "an uncalibrated model is stricter on turned heads");
  }

  @Test
  void contextFollowsQualityFirstThenPose() {
    Properties p = new Properties();
    p.setProperty("version", "t1");
    p.setProperty("context.poor-quality-below", "0.5");
    p.setProperty("context.poor-pose-beyond-degrees", "30");
    p.setProperty("default.default.accept", "0.5");
    p.setProperty("default.default.reject", "0.4");
    p.setProperty("default.default.margin", "0.05");
    ThresholdTable table = ThresholdTable.of(p);
    assertEquals(ProbeContext.GOOD, table.context(quality(0.8), new HeadPose(10, 5, 0)));
    assertEquals(ProbeContext.POOR_POSE, table.context(quality(0.8), new HeadPose(-40, 0, 0)));
    assertEquals(ProbeContext.POOR_QUALITY, table.context(quality(0.3), new HeadPose(-40, 0, 0)));
  }

  @Test
  void aCalibratedModelUsesItsOwnValuesAndFallsBackPerContext() {
    Properties p = new Properties();
    p.setProperty("version", "t1");
    p.setProperty("context.poor-quality-below", "0.5");
    p.setProperty("context.poor-pose-beyond-degrees", "30");
    p.setProperty("default.default.accept", "0.5");
    p.setProperty("default.default.reject", "0.4");
    p.setProperty("default.default.margin", "0.05");
    p.setProperty("net@2.default.accept", "0.31");
    p.setProperty("net@2.default.reject", "0.22");
    p.setProperty("net@2.default.margin", "0.03");
    ThresholdTable table = ThresholdTable.of(p);
    assertTrue(table.isCalibrated("net@2"));
    assertFalse(table.isCalibrated("net@1"), "another version of the model is not calibrated");
    assertEquals(0.31, table.thresholds("net@2", ProbeContext.POOR_QUALITY).accept());
    assertEquals(0.5, table.thresholds("net@1", ProbeContext.GOOD).accept());
  }

  @Test
  void encounterThresholdsAreTheModelsOwnOrElseItsGoodProbeOnes() {
    Properties p = new Properties();
    p.setProperty("version", "t1");
    p.setProperty("context.poor-quality-below", "0.5");
    p.setProperty("context.poor-pose-beyond-degrees", "30");
    p.setProperty("default.default.accept", "0.5");
    p.setProperty("default.default.reject", "0.4");
    p.setProperty("default.default.margin", "0.05");
    p.setProperty("m@1.default.accept", "0.9");
    p.setProperty("m@1.default.reject", "0.8");
    p.setProperty("m@1.default.margin", "0.02");
    p.setProperty("m@1.encounter.accept", "0.85");
    p.setProperty("m@1.encounter.reject", "0.8");
    p.setProperty("m@1.encounter.margin", "0.02");
    p.setProperty("n@1.default.accept", "0.7");
    p.setProperty("n@1.default.reject", "0.6");
    p.setProperty("n@1.default.margin", "0.03");
    ThresholdTable table = ThresholdTable.of(p);
    assertEquals(new MatchThresholds(0.85, 0.8, 0.02), table.encounter("m@1"));
    assertEquals(new MatchThresholds(0.7, 0.6, 0.03), table.encounter("n@1"));
    assertEquals(new MatchThresholds(0.5, 0.4, 0.05), table.encounter("unknown@9"));
  }

  @Test
  void aTableWithoutVersionOrDefaultsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ThresholdTable.of(new Properties()));
  }
}
