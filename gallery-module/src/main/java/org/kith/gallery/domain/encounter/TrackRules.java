package org.kith.gallery.domain.encounter;

/**
 * How much evidence a track needs.
 *
 * @param minFrames good frames before anyone can be confirmed
 * @param agreement the share of the window's frames that must rank the confirmed person first
 * @param strangerFrames good frames matching nobody before a stranger is confirmed
 * @param uncertainFrames good frames after which a track that is neither is reported uncertain
 * @param window the good frames the decision looks at, newest first
 * @param driftFrames consecutive good frames that contradict a decided track before it is split
 * @param minQuality a frame's quality score below which it is no evidence at all
 * @param maxYawDegrees a head turned further than this is no evidence at all
 * @param minFaceSize an inter-ocular distance in pixels below which a face is no evidence at all
 */
public record TrackRules(
    int minFrames,
    double agreement,
    int strangerFrames,
    int uncertainFrames,
    int window,
    int driftFrames,
    double minQuality,
    double maxYawDegrees,
    double minFaceSize) {

  public static final TrackRules DEFAULTS = new TrackRules(3, 0.6, 5, 8, 10, 2, 0.3, 35, 16);

  public TrackRules {
    if (minFrames < 1 || strangerFrames < 1 || uncertainFrames < 1 || driftFrames < 1) {
      throw new IllegalArgumentException("frame counts must be at least 1");
    }
    if (window < Math.max(minFrames, strangerFrames)) {
      throw new IllegalArgumentException("the window must hold the frames a decision needs");
    }
    if (agreement < 0 || agreement > 1) {
      throw new IllegalArgumentException("agreement is a share, 0 to 1");
    }
  }
}
