package org.kith.web.pages;

/** Plain words for the gallery's reasons to refuse a photo. */
final class Guidance {
  private Guidance() {}

  static String reason(String code) {
    if (code == null) {
      return "";
    }
    return switch (code) {
      case "NO_FACE" -> "No face was found in this photo.";
      case "MULTIPLE_FACES" ->
          "More than one face is in this photo; use a photo of this person alone.";
      case "LOW_QUALITY" -> "The face is not clear enough (light, focus or size).";
      case "POSE_TOO_FAR" -> "The face is turned too far away from the camera.";
      case "SPOOF_SUSPECTED" -> "This looks like a photo of a photo or a screen.";
      case "IMAGE_REJECTED" -> "The file is not a photo Kith can read (JPEG, PNG or WebP).";
      default -> "The photo was not accepted (" + code + ").";
    };
  }
}
