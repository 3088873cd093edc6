package org.kith.gallery.domain;

/** Why an enrolment image was not turned into a template, and what to do about it. */
public record EnrolmentRejection(Reason reason, String guidance) {
  /** Stable reason codes the UI branches on. */
  public enum Reason {
    NO_FACE,
    MULTIPLE_FACES,
    LOW_QUALITY,
    POSE_TOO_FAR,
    SPOOF_SUSPECTED,
    IMAGE_REJECTED
  }
}
