package org.kith.gallery.domain.matching;

import org.kith.api.recognition.FaceQuality;
import org.kith.api.recognition.HeadPose;

/**
 * The context a probe face was captured in, as far as thresholds adapt to it (paper 001). A poor
 * probe (low quality score, or head turned beyond the limit) gets its own, stricter thresholds: its
 * genuine scores are lower and strangers' scores less spread, so one global threshold either lets
 * strangers through on poor frames or rejects family members on good ones.
 */
public enum ProbeContext {
  GOOD("default"),
  POOR_QUALITY("poor-quality"),
  POOR_POSE("poor-pose");

  private final String label;

  ProbeContext(String label) {
    this.label = label;
  }

  /** The name the audit log records in {@code AppliedThresholds.context}. */
  public String label() {
    return label;
  }

  /** Quality first: a blurred, turned face counts as poor quality. */
  public static ProbeContext of(
      FaceQuality quality, HeadPose pose, double poorQualityBelow, double poorPoseBeyondDegrees) {
    if (quality.score() < poorQualityBelow) {
      return POOR_QUALITY;
    }
    if (Math.abs(pose.yaw()) > poorPoseBeyondDegrees
        || Math.abs(pose.pitch()) > poorPoseBeyondDegrees) {
      return POOR_POSE;
    }
    return GOOD;
  }
}
