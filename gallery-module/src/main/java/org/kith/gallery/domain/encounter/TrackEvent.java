package org.kith.gallery.domain.encounter;

/**
 * A change in the tracks that the device is told of as it is: a track started, or ended with a
 * reason ({@code absent}, {@code identity-changed}, {@code consent-withdrawn}, {@code closed}).
 */
public record TrackEvent(String type, int track, String reason) {
  public static final String STARTED = "track.started";
  public static final String ENDED = "track.ended";
}
