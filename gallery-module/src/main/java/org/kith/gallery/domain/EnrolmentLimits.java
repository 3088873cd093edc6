package org.kith.gallery.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kith.api.recognition.AnalyzedFace;
import org.kith.api.recognition.FaceBox;
import org.kith.api.recognition.FaceQuality;
import org.kith.api.recognition.HeadPose;

/**
 * What an enrolment photo must meet to become a template, and the guidance given when it does not.
 * Enrolment is stricter than identification: a template is compared with every future probe, so one
 * poor template costs more than one poor probe.
 *
 * @param secondFaceAreaRatio a second face at least this fraction of the largest face's area makes
 *     the photo ambiguous (smaller faces in the background are ignored)
 */
public record EnrolmentLimits(
    double minQuality,
    double minLiveness,
    double maxYawDegrees,
    double maxPitchDegrees,
    double minBrightness,
    double maxBrightness,
    double minContrast,
    double minSharpness,
    double minFaceSize,
    double maxOcclusion,
    double secondFaceAreaRatio) {

  /** The face to enrol, or why there is none. */
  public sealed interface Verdict permits Accepted, Rejected {}

  public record Accepted(AnalyzedFace face) implements Verdict {}

  public record Rejected(EnrolmentRejection rejection, Optional<AnalyzedFace> face)
      implements Verdict {}

  public Verdict check(List<AnalyzedFace> faces) {
    if (faces.isEmpty()) {
      return reject(
          EnrolmentRejection.Reason.NO_FACE,
          "No face found: face the camera with the whole face in the picture",
          null);
    }
    List<AnalyzedFace> bySize =
        faces.stream().sorted(Comparator.comparingDouble(f -> -area(f.box()))).toList();
    AnalyzedFace face = bySize.get(0);
    if (bySize.size() > 1 && area(bySize.get(1).box()) >= secondFaceAreaRatio * area(face.box())) {
      return reject(
          EnrolmentRejection.Reason.MULTIPLE_FACES,
          "More than one face: take a photo of this person alone",
          face);
    }
    FaceQuality q = face.quality();
    if (q.liveness() < minLiveness) {
      return reject(
          EnrolmentRejection.Reason.SPOOF_SUSPECTED,
          "This looks like a photo of a photo or a screen: photograph the person directly",
          face);
    }
    Optional<String> pose = poseGuidance(face.pose());
    if (pose.isPresent()) {
      return reject(EnrolmentRejection.Reason.POSE_TOO_FAR, pose.get(), face);
    }
    Optional<String> quality = qualityGuidance(q);
    if (quality.isPresent() || q.score() < minQuality) {
      return reject(
          EnrolmentRejection.Reason.LOW_QUALITY,
          quality.orElse("The photo is not clear enough: more light, hold the camera still"),
          face);
    }
    return new Accepted(face);
  }

  /**
   * Yaw is positive when the subject turns to their own left, so they are asked to turn to their
   * right; pitch is positive looking up, so they are asked to lower the chin.
   */
  private Optional<String> poseGuidance(HeadPose pose) {
    if (pose.yaw() > maxYawDegrees) {
      return Optional.of("Turn slightly right, towards the camera");
    }
    if (pose.yaw() < -maxYawDegrees) {
      return Optional.of("Turn slightly left, towards the camera");
    }
    if (pose.pitch() > maxPitchDegrees) {
      return Optional.of("Lower the chin slightly");
    }
    if (pose.pitch() < -maxPitchDegrees) {
      return Optional.of("Lift the chin slightly");
    }
    return Optional.empty();
  }

  /** The first failing context value, in the order a photographer can most easily fix them. */
  private Optional<String> qualityGuidance(FaceQuality q) {
    if (q.brightness() < minBrightness) {
      return Optional.of("More light: the face is too dark");
    }
    if (q.brightness() > maxBrightness) {
      return Optional.of("Less light: the face is overexposed, avoid direct light or flash");
    }
    if (q.faceSize() < minFaceSize) {
      return Optional.of("Move closer: the face is too small");
    }
    if (q.occlusion() > maxOcclusion) {
      return Optional.of("Uncover the face: no sunglasses, mask or hair over the eyes");
    }
    if (q.sharpness() < minSharpness) {
      return Optional.of("Hold the camera still: the photo is blurred");
    }
    if (q.contrast() < minContrast) {
      return Optional.of("More even light: the face has too little contrast");
    }
    return Optional.empty();
  }

  private static Rejected reject(
      EnrolmentRejection.Reason reason, String guidance, AnalyzedFace face) {
    return new Rejected(new EnrolmentRejection(reason, guidance), Optional.ofNullable(face));
  }

  private static double area(FaceBox box) {
    return box.width() * box.height();
  }
}
