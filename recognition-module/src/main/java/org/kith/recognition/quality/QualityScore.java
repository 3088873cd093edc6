package org.kith.recognition.quality;

import org.kith.api.recognition.HeadPose;

/**
 * One quality score in [0, 1]: the geometric mean of six factors, each 1 when that aspect is fine
 * and falling to 0 where recognition is known to fail, so one bad aspect pulls the score down
 * however good the rest are.
 *
 * <ul>
 *   <li>pose: {@code (1 − (yaw/60)²)·(1 − (pitch/45)²)}, clamped (roll is removed by alignment);
 *   <li>size: inter-ocular distance, 0 at ≤ 10 px rising to 1 at ≥ 40 px;
 *   <li>sharpness: {@code min(1, sharpness / 0.5)} (a Laplacian variance of 100 is enough);
 *   <li>illumination: {@code (1 − |brightness − 0.5| / 0.45)·min(1, contrast / 0.1)};
 *   <li>occlusion: {@code 1 − occlusion};
 *   <li>detection: the detector's score.
 * </ul>
 *
 * The bounds are round numbers from the literature's usual gates (±60° yaw, 40 px IOD), not fitted
 * to our evaluation set; the gallery calibrates its own thresholds on the resulting score.
 */
public final class QualityScore {
  private QualityScore() {}

  public static double of(
      HeadPose pose,
      double interOcular,
      double sharpness,
      double brightness,
      double contrast,
      double occlusion,
      double detectionScore) {
    double[] factors = {
      clamp(1 - square(pose.yaw() / 60)) * clamp(1 - square(pose.pitch() / 45)),
      clamp((interOcular - 10) / 30),
      clamp(sharpness / 0.5),
      clamp(1 - Math.abs(brightness - 0.5) / 0.45) * clamp(contrast / 0.1),
      clamp(1 - occlusion),
      clamp(detectionScore)
    };
    double logSum = 0;
    for (double f : factors) {
      if (f <= 0) {
        return 0;
      }
      logSum += Math.log(f);
    }
    return Math.exp(logSum / factors.length);
  }

  private static double square(double v) {
    return v * v;
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
