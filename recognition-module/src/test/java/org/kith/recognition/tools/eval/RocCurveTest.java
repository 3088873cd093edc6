package org.kith.recognition.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RocCurveTest {
  private static final double EPS = 1e-12;

  @Test
  void perfectlySeparatedScoresGiveAucOneAndEerZero() {
    RocCurve roc = RocCurve.of(new double[] {0.9, 0.8, 0.7}, new double[] {0.1, 0.2, 0.3});
    assertEquals(1.0, roc.auc(), EPS);
    assertEquals(0.0, roc.equalErrorRate().rate(), EPS);
    assertEquals(0.7, roc.equalErrorRate().threshold(), EPS);
  }

  @Test
  void reversedScoresGiveAucZeroAndEerOne() {
    RocCurve roc = RocCurve.of(new double[] {0.1, 0.2}, new double[] {0.8, 0.9});
    assertEquals(0.0, roc.auc(), EPS);
    assertEquals(1.0, roc.equalErrorRate().rate(), EPS);
  }

  @Test
  void tinyRocHasTheHandComputedSteps() {
    // Thresholds 0.9, 0.7, 0.6, 0.2 accept: g{.9}, g{.9} i{.7}, g{.9,.6} i{.7}, everything.
    RocCurve roc = RocCurve.of(new double[] {0.9, 0.6}, new double[] {0.7, 0.2});
    List<RocCurve.Point> p = roc.points();
    assertEquals(5, p.size());
    assertPoint(p.get(0), Double.POSITIVE_INFINITY, 0, 0);
    assertPoint(p.get(1), 0.9, 0, 0.5);
    assertPoint(p.get(2), 0.7, 0.5, 0.5);
    assertPoint(p.get(3), 0.6, 0.5, 1);
    assertPoint(p.get(4), 0.2, 1, 1);
    // Mann–Whitney: of the 4 genuine/impostor pairs, 3 are ordered right.
    assertEquals(0.75, roc.auc(), EPS);
    // FAR reaches FRR (both 0.5) exactly at threshold 0.7.
    assertEquals(0.5, roc.equalErrorRate().rate(), EPS);
    assertEquals(0.7, roc.equalErrorRate().threshold(), EPS);
  }

  @Test
  void eerIsInterpolatedBetweenSteps() {
    // Genuine {.8,.4}, impostor {.6,.2,.1,.05}: after .8: FAR 0 FRR .5; after .6: FAR .25
    // FRR .5; after .4: FAR .25 FRR 0 → crossing between (.25,.5) and (.25,0): EER = .25.
    RocCurve roc = RocCurve.of(new double[] {0.8, 0.4}, new double[] {0.6, 0.2, 0.1, 0.05});
    assertEquals(0.25, roc.equalErrorRate().rate(), EPS);
    // d goes from −0.25 to +0.25: halfway between thresholds 0.6 and 0.4.
    assertEquals(0.5, roc.equalErrorRate().threshold(), EPS);
  }

  @Test
  void tiedGenuineAndImpostorScoresCountHalf() {
    RocCurve roc = RocCurve.of(new double[] {0.5}, new double[] {0.5});
    assertEquals(0.5, roc.auc(), EPS);
    assertEquals(2, roc.points().size());
    assertEquals(0.5, roc.equalErrorRate().rate(), EPS);
  }

  @Test
  void tarAtFarUsesTheLargestFarNotAboveTheTarget() {
    double[] genuine = {0.95, 0.9, 0.85, 0.5, 0.3};
    double[] impostor = {0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.45, 0.4, 0.35};
    RocCurve roc = RocCurve.of(genuine, impostor);
    // FAR 0.1 allows one impostor: threshold 0.8 accepts .95 .9 .85 → TAR 3/5.
    RocCurve.OperatingPoint p = roc.tarAtFar(0.1);
    assertTrue(p.supported());
    assertEquals(0.6, p.tar(), EPS);
    assertEquals(0.1, p.far(), EPS);
    assertEquals(0.8, p.threshold(), EPS);
    assertEquals(10, p.impostors());
    // FAR 0.5 allows five: down to 0.6, the genuine 0.5 stays rejected.
    assertEquals(0.6, roc.tarAtFar(0.5).tar(), EPS);
    // FAR 0.7 allows seven (to 0.5): the genuine 0.5 is accepted.
    assertEquals(0.8, roc.tarAtFar(0.7).tar(), EPS);
  }

  @Test
  void tarAtFarBelowOneImpostorIsNotSupported() {
    RocCurve roc = RocCurve.of(new double[] {0.9, 0.8}, new double[] {0.1, 0.2, 0.3});
    RocCurve.OperatingPoint p = roc.tarAtFar(0.1); // 0.1 × 3 impostors < 1
    assertFalse(p.supported());
    assertTrue(Double.isNaN(p.tar()));
    assertTrue(roc.tarAtFar(1.0 / 3).supported());
    assertEquals(1.0, roc.tarAtFar(1.0 / 3).tar(), EPS);
  }

  @Test
  void emptyScoreSetsAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> RocCurve.of(new double[0], new double[] {1}));
  }

  private static void assertPoint(RocCurve.Point p, double threshold, double far, double tar) {
    assertEquals(threshold, p.threshold(), EPS);
    assertEquals(far, p.far(), EPS);
    assertEquals(tar, p.tar(), EPS);
    assertEquals(1 - tar, p.frr(), EPS);
  }
}
