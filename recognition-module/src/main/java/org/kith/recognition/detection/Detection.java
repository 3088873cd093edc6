package org.kith.recognition.detection;

/**
 * One detected face in image pixels: box (top-left, size), confidence in [0, 1] and BlazeFace's six
 * keypoints as {x, y} (image-left eye, image-right eye, nose tip, mouth centre, two ear tragions).
 */
public record Detection(
    double x, double y, double width, double height, double score, double[][] keypoints) {

  public double area() {
    return width * height;
  }

  public double centreX() {
    return x + width / 2;
  }

  public double centreY() {
    return y + height / 2;
  }

  /** Intersection over union with another box. */
  public double iou(Detection other) {
    double ix = Math.max(0, Math.min(x + width, other.x + other.width) - Math.max(x, other.x));
    double iy = Math.max(0, Math.min(y + height, other.y + other.height) - Math.max(y, other.y));
    double intersection = ix * iy;
    double union = area() + other.area() - intersection;
    return union <= 0 ? 0 : intersection / union;
  }
}
