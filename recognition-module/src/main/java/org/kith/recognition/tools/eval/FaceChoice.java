package org.kith.recognition.tools.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kith.api.recognition.AnalyzedFace;
import org.kith.api.recognition.FaceBox;

/**
 * Which face of an image a protocol means when several are found: evaluation sets centre their
 * subject (LFW crops do), so the largest face whose box contains the image centre; when no box
 * contains it, the face whose centre lies nearest the image centre.
 */
public final class FaceChoice {
  private FaceChoice() {}

  public static Optional<AnalyzedFace> subject(List<AnalyzedFace> faces, int width, int height) {
    double cx = width / 2.0;
    double cy = height / 2.0;
    Optional<AnalyzedFace> covering =
        faces.stream()
            .filter(f -> contains(f.box(), cx, cy))
            .max(Comparator.comparingDouble(f -> f.box().width() * f.box().height()));
    if (covering.isPresent()) {
      return covering;
    }
    return faces.stream().min(Comparator.comparingDouble(f -> centreDistance(f.box(), cx, cy)));
  }

  private static boolean contains(FaceBox b, double x, double y) {
    return x >= b.x() && x <= b.x() + b.width() && y >= b.y() && y <= b.y() + b.height();
  }

  private static double centreDistance(FaceBox b, double x, double y) {
    return Math.hypot(b.x() + b.width() / 2 - x, b.y() + b.height() / 2 - y);
  }
}
