package org.kith.recognition.landmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which of FaceMesh's 468 points outline what, from MediaPipe's published face-mesh connections.
 * "Left" and "right" are the subject's: the subject's left eye is on the image's right.
 */
public final class MeshTopology {
  public static final int POINTS = 468;
  public static final int NOSE_TIP = 1;
  public static final int MOUTH_RIGHT = 61;
  public static final int MOUTH_LEFT = 291;
  public static final int FOREHEAD = 10;
  public static final int CHIN = 152;

  /**
   * dlib's five points (subject's left eye outer and inner corner, right eye outer and inner
   * corner, nose base) on the mesh: the eye corners, and 2, the subnasale, which is where dlib's
   * 5-point predictor puts the nose base (94, on the columella, measured no better within one
   * fold's spread on faces-dev).
   */
  public static final int[] DLIB_FIVE = {263, 362, 33, 133, 2};

  public static final int[] LEFT_EYE = {
    263, 249, 390, 373, 374, 380, 381, 382, 362, 466, 388, 387, 386, 385, 384, 398
  };
  public static final int[] RIGHT_EYE = {
    33, 7, 163, 144, 145, 153, 154, 155, 133, 246, 161, 160, 159, 158, 157, 173
  };
  public static final int[] LEFT_EYEBROW = {276, 283, 282, 295, 285, 300, 293, 334, 296, 336};
  public static final int[] RIGHT_EYEBROW = {46, 53, 52, 65, 55, 70, 63, 105, 66, 107};
  public static final int[] NOSE = {
    168, 6, 197, 195, 5, 4, 1, 19, 94, 2, 98, 327, 64, 294, 129, 358, 49, 279, 48, 278
  };
  public static final int[] MOUTH = {
    61, 146, 91, 181, 84, 17, 314, 405, 321, 375, 291, 409, 270, 269, 267, 0, 37, 39, 40, 185
  };
  public static final int[] FACE_OVAL = {
    10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379, 378, 400, 377, 152,
    148, 176, 149, 150, 136, 172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67, 109
  };

  /**
   * Mirror pairs (subject's left point, subject's right point) across the face's midline: their
   * differences give the head's left-right axis for pose.
   */
  public static final int[][] SYMMETRIC_PAIRS = {
    {263, 33}, {362, 133}, {291, 61}, {454, 234}, {397, 172}, {334, 105}, {358, 129}, {389, 162}
  };

  private MeshTopology() {}

  /** The papers' regions by {@code FaceRegion.NAMES} name. */
  public static Map<String, int[]> regions() {
    Map<String, int[]> regions = new LinkedHashMap<>();
    regions.put("leftEye", LEFT_EYE);
    regions.put("rightEye", RIGHT_EYE);
    regions.put("leftEyebrow", LEFT_EYEBROW);
    regions.put("rightEyebrow", RIGHT_EYEBROW);
    regions.put("nose", NOSE);
    regions.put("mouth", MOUTH);
    regions.put("face", FACE_OVAL);
    return regions;
  }
}
