package org.kith.gallery.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kith.api.recognition.AnalyzedFace;
import org.kith.api.recognition.FaceBox;
import org.kith.api.recognition.FaceQuality;
import org.kith.api.recognition.HeadPose;
import org.kith.gallery.domain.EnrolmentRejection.Reason;

class EnrolmentLimitsTest {
  private static final EnrolmentLimits LIMITS =
      new EnrolmentLimits(0.5, 0.5, 25, 25, 0.2, 0.9, 0.05, 0.05, 30, 0.4, 0.25);

  static AnalyzedFace face(double size, FaceQuality quality, HeadPose pose) {
    return new AnalyzedFace(
        new FaceBox(10, 10, size, size), 0.95, List.of(), List.of(), Map.of(), pose, quality, null);
  }

  static FaceQuality good() {
    return new FaceQuality(0.8, 0.5, 0.2, 0.3, 60, 0.05, 0.95, 0.95);
  }

  private static EnrolmentRejection rejection(List<AnalyzedFace> faces) {
    EnrolmentLimits.Verdict verdict = LIMITS.check(faces);
    return assertInstanceOf(EnrolmentLimits.Rejected.class, verdict).rejection();
  }

  @Test
  void aGoodFrontalFaceIsAccepted() {
    assertInstanceOf(
        EnrolmentLimits.Accepted.class,
        LIMITS.check(List.of(face(120, good(), new HeadPose(5, -3, 1)))));
  }

  @Test
  void noFaceIsNoFace() {
    assertEquals(Reason.NO_FACE, rejection(List.of()).reason());
  }

  @Test
  void twoSimilarFacesAreAmbiguousButABackgroundFaceIsIgnored() {
    HeadPose front = new HeadPose(0, 0, 0);
    assertEquals(
        Reason.MULTIPLE_FACES,
        rejection(List.of(face(120, good(), front), face(100, good(), front))).reason());
    EnrolmentLimits.Verdict v =
        LIMITS.check(List.of(face(40, good(), front), face(120, good(), front)));
    AnalyzedFace chosen = assertInstanceOf(EnrolmentLimits.Accepted.class, v).face();
    assertEquals(120, chosen.box().width(), "the largest face is enrolled");
  }

  @Test
  void aPrintedOrScreenFaceIsSpoofSuspected() {
    FaceQuality q = new FaceQuality(0.8, 0.5, 0.2, 0.3, 60, 0.05, 0.95, 0.1);
    assertEquals(
        Reason.SPOOF_SUSPECTED, rejection(List.of(face(120, q, new HeadPose(0, 0, 0)))).reason());
  }

  @Test
  void aTurnedHeadIsAskedToTurnBack() {
    EnrolmentRejection toTheirLeft = rejection(List.of(face(120, good(), new HeadPose(40, 0, 0))));
    assertEquals(Reason.POSE_TOO_FAR, toTheirLeft.reason());
    assertTrue(toTheirLeft.guidance().startsWith("Turn slightly right"), toTheirLeft.guidance());
    EnrolmentRejection toTheirRight =
        rejection(List.of(face(120, good(), new HeadPose(-40, 0, 0))));
    assertTrue(toTheirRight.guidance().startsWith("Turn slightly left"), toTheirRight.guidance());
    EnrolmentRejection up = rejection(List.of(face(120, good(), new HeadPose(0, 35, 0))));
    assertTrue(up.guidance().contains("Lower the chin"), up.guidance());
  }

  @Test
  void aDarkPhotoAsksForMoreLight() {
    FaceQuality dark = new FaceQuality(0.3, 0.1, 0.2, 0.3, 60, 0.05, 0.95, 0.95);
    EnrolmentRejection r = rejection(List.of(face(120, dark, new HeadPose(0, 0, 0))));
    assertEquals(Reason.LOW_QUALITY, r.reason());
    assertTrue(r.guidance().startsWith("More light"), r.guidance());
  }

  @Test
  void aBlurredPhotoAsksToHoldStillAndASmallFaceToComeCloser() {
    FaceQuality blurred = new FaceQuality(0.3, 0.5, 0.2, 0.01, 60, 0.05, 0.95, 0.95);
    assertTrue(
        rejection(List.of(face(120, blurred, new HeadPose(0, 0, 0))))
            .guidance()
            .startsWith("Hold the camera still"));
    FaceQuality small = new FaceQuality(0.6, 0.5, 0.2, 0.3, 12, 0.05, 0.95, 0.95);
    assertTrue(
        rejection(List.of(face(20, small, new HeadPose(0, 0, 0))))
            .guidance()
            .startsWith("Move closer"));
  }

  @Test
  void aLowOverallScoreWithNoSingleCauseIsStillLowQuality() {
    FaceQuality meh = new FaceQuality(0.4, 0.5, 0.2, 0.3, 60, 0.05, 0.95, 0.95);
    assertEquals(
        Reason.LOW_QUALITY, rejection(List.of(face(120, meh, new HeadPose(0, 0, 0)))).reason());
  }
}
