package org.kith.gallery.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kith.gallery.domain.matching.PersonScoring;
import org.kith.gallery.domain.matching.ProbeContext;
import org.kith.gallery.domain.matching.Vectors;

/**
 * The calibration on synthetic identities where poor-context probes are noisier: the chosen
 * thresholds must meet the target FPIR, and the adaptive rule must not miss more enrolled people
 * than the global one at that FPIR.
 */
class ThresholdCalibrationTest {
  @Test
  void meetsTheTargetFpirAndAdaptationDoesNotLoseAtEqualFalseAlarms() {
    Random random = new Random(11);
    List<Sample> enrolment = new ArrayList<>();
    List<Sample> probes = new ArrayList<>();
    for (int id = 0; id < 60; id++) {
      float[] centre = Vectors.random(random, 64);
      for (int i = 0; i < 3; i++) {
        enrolment.add(
            new Sample("g" + id, "id" + id, Vectors.near(random, centre, 0.5), ProbeContext.GOOD));
      }
      for (int i = 0; i < 6; i++) {
        boolean poor = i % 3 == 0;
        probes.add(
            new Sample(
                "p" + id,
                "id" + id,
                Vectors.near(random, centre, poor ? 1.4 : 0.6),
                poor ? ProbeContext.POOR_QUALITY : ProbeContext.GOOD));
      }
    }
    for (int s = 0; s < 1000; s++) {
      boolean poor = s % 3 == 0;
      probes.add(
          new Sample(
              "s" + s,
              null,
              Vectors.random(random, 64),
              poor ? ProbeContext.POOR_QUALITY : ProbeContext.GOOD));
    }
    ThresholdCalibration calibration =
        new ThresholdCalibration(Vectors.MODEL, enrolment, probes, PersonScoring.BEST);
    ThresholdCalibration.Result global = calibration.global(1e-2, 0.02);
    ThresholdCalibration.Result adaptive = calibration.adaptive(1e-2, 0.02);
    assertTrue(global.fpir() <= 1e-2, global::describe);
    assertTrue(adaptive.fpir() <= 1e-2, adaptive::describe);
    assertEquals(1000, global.strangers());
    assertEquals(360, global.mated());
    assertTrue(
        adaptive.fnir() <= global.fnir(), () -> adaptive.describe() + " vs " + global.describe());
    assertTrue(global.fnir() < 0.5, global::describe);
  }

  @Test
  void patientSizedGalleriesAskEveryProbeOfEveryPatientAndMissFewerAtTheSameFpir() {
    Random random = new Random(12);
    List<Sample> enrolment = new ArrayList<>();
    List<Sample> probes = new ArrayList<>();
    for (int id = 0; id < 40; id++) {
      float[] centre = Vectors.random(random, 64);
      for (int i = 0; i < 2; i++) {
        enrolment.add(
            new Sample("g" + id, "id" + id, Vectors.near(random, centre, 0.6), ProbeContext.GOOD));
      }
      for (int i = 0; i < 3; i++) {
        probes.add(
            new Sample("p" + id, "id" + id, Vectors.near(random, centre, 1.0), ProbeContext.GOOD));
      }
    }
    for (int s = 0; s < 300; s++) {
      probes.add(new Sample("s" + s, null, Vectors.random(random, 64), ProbeContext.GOOD));
    }
    ThresholdCalibration everyone =
        new ThresholdCalibration(Vectors.MODEL, enrolment, probes, PersonScoring.BEST, 0);
    ThresholdCalibration patients =
        new ThresholdCalibration(Vectors.MODEL, enrolment, probes, PersonScoring.BEST, 10);
    assertEquals(1, everyone.galleries());
    assertEquals(4, patients.galleries());
    ThresholdCalibration.Result one = everyone.global(1e-2, 0.0);
    ThresholdCalibration.Result split = patients.global(1e-2, 0.0);
    // Each mated probe is mated in its own gallery and a stranger to the other three.
    assertEquals(120, split.mated());
    assertEquals(300 * 4 + 120 * 3, split.strangers());
    assertTrue(split.fpir() <= 1e-2, split::describe);
    assertTrue(split.fnir() <= one.fnir(), () -> split.describe() + " vs " + one.describe());
  }
}
