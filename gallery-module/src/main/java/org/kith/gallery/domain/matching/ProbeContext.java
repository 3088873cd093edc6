package org.kith.gallery.domain.matching;

import org.kith.api.recognition.FaceQuality;
import org.kith.api.recognition.HeadPose;

/**
 * The context a probe face was captured in, as far as thresholds adapt to it (paper 001): a probe
 * with a low quality score, or with the head turned beyond the limit, is matched with thresholds
 * calibrated on probes of that context. The rule is "offset each context by where strangers' scores
 * lie in it", not a fixed direction: paper 001 expects poorer probes to need stricter thresholds;
 * on faces-dev with faceres 3.0.4 strangers' best scores are lower on poor probes, so their
 * calibrated accept threshold came out lower (see the calibration tool's output in
 * thresholds.properties).
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
