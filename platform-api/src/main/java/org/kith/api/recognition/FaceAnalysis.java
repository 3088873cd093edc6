package org.kith.api.recognition;

import java.util.List;
import java.util.Map;

/**
 * One image's analysis: its decoded size (after EXIF orientation), every face found (largest first,
 * at most the requested number), and the milliseconds each stage took ({@code decode}, {@code
 * detect}, {@code landmarks}, {@code align}, {@code quality}, {@code embed}, {@code total}).
 */
public record FaceAnalysis(
    int imageWidth, int imageHeight, List<AnalyzedFace> faces, Map<String, Double> millis) {
  public FaceAnalysis {
    faces = List.copyOf(faces);
    millis = Map.copyOf(millis);
  }
}
