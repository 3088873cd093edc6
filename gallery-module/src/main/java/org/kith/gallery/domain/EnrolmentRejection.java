package org.kith.gallery.domain;

/**
 * Why an enrolment image was not turned into a template, and what to do about it. {@code code} is
 * the image's own problem code where the file itself was refused ({@code IMAGE_TOO_COMPLEX}, {@code
 * IMAGE_METADATA_INVALID}, …), the reason's name otherwise, so every refusal carries a code.
 */
public record EnrolmentRejection(Reason reason, String guidance, String code) {
  public EnrolmentRejection(Reason reason, String guidance) {
    this(reason, guidance, reason.name());
  }

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
