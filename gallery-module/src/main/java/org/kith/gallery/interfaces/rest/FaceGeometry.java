package org.kith.gallery.interfaces.rest;

import org.kith.api.recognition.FaceBox;
import org.kith.api.recognition.FaceQuality;
import org.kith.api.recognition.HeadPose;

/** The wire forms of a face's quality, pose and box. */
final class FaceGeometry {
  private FaceGeometry() {}

  /** A face's quality context, each value in the units {@link FaceQuality} documents. */
  public record Quality(
      double score,
      double brightness,
      double contrast,
      double sharpness,
      double faceSize,
      double occlusion,
      double detectionScore,
      double liveness) {
    static Quality of(FaceQuality q) {
      return q == null
          ? null
          : new Quality(
              q.score(),
              q.brightness(),
              q.contrast(),
              q.sharpness(),
              q.faceSize(),
              q.occlusion(),
              q.detectionScore(),
              q.liveness());
    }
  }

  /** Head pose in degrees. */
  public record Pose(double yaw, double pitch, double roll) {
    static Pose of(HeadPose p) {
      return p == null ? null : new Pose(p.yaw(), p.pitch(), p.roll());
    }
  }

  /** A box in image pixels. */
  public record Box(double x, double y, double width, double height) {
    static Box of(FaceBox b) {
      return b == null ? null : new Box(b.x(), b.y(), b.width(), b.height());
    }
  }
}
