package org.kith.gallery.domain.encounter;

import java.time.Duration;

/**
 * How the tracker follows faces.
 *
 * @param absence how long a face may be out of view before its track ends
 * @param detectEvery run the full detector at least every this many frames (1: always), so that
 *     people who walk in are found while others are followed
 * @param reverifyEvery on a settled track, an embedding every this many frames to notice a
 *     different face in its place
 * @param minOverlap the box overlap (IoU) a detected face needs with a track's last box to continue
 *     it
 * @param maxTracks tracks at once, the most faces one frame can add
 */
public record TrackerSettings(
    Duration absence,
    int detectEvery,
    int reverifyEvery,
    double minOverlap,
    int maxTracks,
    TrackRules rules) {

  public static final TrackerSettings DEFAULTS =
      new TrackerSettings(Duration.ofSeconds(2), 5, 3, 0.3, 10, TrackRules.DEFAULTS);

  public TrackerSettings {
    if (absence.isNegative() || detectEvery < 1 || reverifyEvery < 1 || maxTracks < 1) {
      throw new IllegalArgumentException("tracker settings out of range");
    }
  }
}
