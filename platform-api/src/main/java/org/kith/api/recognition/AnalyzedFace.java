package org.kith.api.recognition;

import java.util.List;
import java.util.Map;

/**
 * One face. Coordinates are pixels of the oriented image. {@code landmarks5} are the alignment
 * points in the order left eye, right eye, nose tip, left mouth corner, right mouth corner (the
 * subject's left is the image's right). {@code landmarks} is the dense mesh, or empty when not
 * asked for. {@code regions} is keyed by {@link FaceRegion#NAMES}. {@code embedding} is null when
 * not asked for.
 */
public record AnalyzedFace(
    FaceBox box,
    double score,
    List<Point> landmarks5,
    List<Point> landmarks,
    Map<String, FaceRegion> regions,
    HeadPose pose,
    FaceQuality quality,
    FaceEmbedding embedding) {
  public AnalyzedFace {
    landmarks5 = List.copyOf(landmarks5);
    landmarks = landmarks == null ? List.of() : List.copyOf(landmarks);
    regions = Map.copyOf(regions);
  }
}
