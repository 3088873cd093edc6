package org.kith.api.recognition;

import java.util.List;
import java.util.Map;

/** Small geometry shared by the two sides of {@link FaceRecognition#follow}. */
public final class FaceHints {
  private FaceHints() {}

  /** Intersection over union of two boxes; 0 when either is empty. */
  public static double iou(FaceBox a, FaceBox b) {
    double ix =
        Math.max(0, Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x()));
    double iy =
        Math.max(0, Math.min(a.y() + a.height(), b.y() + b.height()) - Math.max(a.y(), b.y()));
    double intersection = ix * iy;
    double union = a.width() * a.height() + b.width() * b.height() - intersection;
    return union <= 0 ? 0 : intersection / union;
  }

  /**
   * The answer for a hinted face that is no longer there: its old box, presence 0, nothing else.
   */
  public static AnalyzedFace lost(FaceHint hint) {
    return new AnalyzedFace(
        hint.box(),
        0,
        List.of(),
        List.of(),
        Map.of(),
        new HeadPose(0, 0, 0),
        new FaceQuality(0, 0, 0, 0, 0, 1, 0, -1),
        null);
  }

  /** Whether a followed face was found where its hint said. */
  public static boolean found(AnalyzedFace face) {
    return face.score() >= FaceRecognition.FOLLOW_MIN_PRESENCE && face.landmarks5().size() >= 2;
  }
}
