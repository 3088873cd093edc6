package org.kith.api.recognition;

/**
 * Where a face was in the previous frame of a stream: its box and the subject's two eye centres, in
 * that frame's pixels. {@link FaceRecognition#follow} looks for the face there again instead of
 * running the detector over the whole frame.
 */
public record FaceHint(FaceBox box, Point leftEye, Point rightEye) {

  /** The hint that a face's analysis gives for the next frame. */
  public static FaceHint of(AnalyzedFace face) {
    return new FaceHint(face.box(), face.landmarks5().get(0), face.landmarks5().get(1));
  }

  /** The query form of the analyses API: {@code x,y,width,height,leftX,leftY,rightX,rightY}. */
  public String toQuery() {
    return String.join(
        ",",
        num(box.x()),
        num(box.y()),
        num(box.width()),
        num(box.height()),
        num(leftEye.x()),
        num(leftEye.y()),
        num(rightEye.x()),
        num(rightEye.y()));
  }

  /**
   * Reads {@link #toQuery()}'s form.
   *
   * @throws IllegalArgumentException when it is not eight finite numbers with a positive size
   */
  public static FaceHint parse(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 8) {
      throw new IllegalArgumentException(
          "a hint is eight numbers: x,y,w,h,leftX,leftY,rightX,rightY");
    }
    double[] v = new double[8];
    for (int i = 0; i < 8; i++) {
      v[i] = Double.parseDouble(parts[i].trim());
      if (!Double.isFinite(v[i]) || Math.abs(v[i]) > 1e6) {
        throw new IllegalArgumentException("a hint's numbers must be finite pixel coordinates");
      }
    }
    if (v[2] <= 0 || v[3] <= 0) {
      throw new IllegalArgumentException("a hint's box must have a positive size");
    }
    return new FaceHint(
        new FaceBox(v[0], v[1], v[2], v[3]), new Point(v[4], v[5]), new Point(v[6], v[7]));
  }

  private static String num(double v) {
    return Double.toString(Math.round(v * 100) / 100.0);
  }
}
