package org.kith.api.recognition;

import java.util.List;

/**
 * A facial region of the papers' region-aware features, with how visible it is: 1 fully visible, 0
 * occluded or out of frame.
 */
public record FaceRegion(FaceBox box, double visibility) {
  public static final List<String> NAMES =
      List.of("leftEye", "rightEye", "leftEyebrow", "rightEyebrow", "nose", "mouth", "face");
}
