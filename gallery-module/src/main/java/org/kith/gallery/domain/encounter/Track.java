package org.kith.gallery.domain.encounter;

import java.time.Instant;
import org.kith.api.recognition.AnalyzedFace;
import org.kith.api.recognition.FaceHint;

/**
 * One face followed across frames: where it was last seen, the evidence about who it is, and the
 * decision taken so far. Lives only in memory, for the track's life.
 */
public final class Track {
  private final int id;
  private final Instant started;
  private final TrackEvidence evidence;
  private AnalyzedFace last;
  private Instant lastSeen;
  private boolean seenInLastFrame = true;
  private TrackState state = TrackState.TENTATIVE;
  private long personId = -1;
  private float[] anchor;
  private int contradictions;
  private int frames;

  Track(int id, AnalyzedFace face, Instant at, int window) {
    this.id = id;
    this.started = at;
    this.evidence = new TrackEvidence(window);
    seen(face, at);
  }

  void seen(AnalyzedFace face, Instant at) {
    last = face;
    lastSeen = at;
    seenInLastFrame = true;
    frames++;
  }

  void missed() {
    seenInLastFrame = false;
  }

  void decided(TrackState newState, long person, float[] fused) {
    state = newState;
    personId = person;
    anchor = fused;
    contradictions = 0;
  }

  /** Counts a frame that disagrees with the decision; true once enough have in a row. */
  boolean contradicted(boolean disagrees, int needed) {
    contradictions = disagrees ? contradictions + 1 : 0;
    return contradictions >= needed;
  }

  public int id() {
    return id;
  }

  public Instant started() {
    return started;
  }

  public Instant lastSeen() {
    return lastSeen;
  }

  public boolean seenInLastFrame() {
    return seenInLastFrame;
  }

  public AnalyzedFace lastFace() {
    return last;
  }

  public FaceHint hint() {
    return FaceHint.of(last);
  }

  public TrackEvidence evidence() {
    return evidence;
  }

  public TrackState state() {
    return state;
  }

  /** The confirmed person, or -1. */
  public long personId() {
    return personId;
  }

  /** The fused probe the decision was taken on; null while undecided. */
  public float[] anchor() {
    return anchor;
  }

  /** Frames the face was seen in, good or not. */
  public int frames() {
    return frames;
  }

  /** Decided for good: no more evidence needed except to notice a different face. */
  public boolean settled() {
    return state == TrackState.CONFIRMED || state == TrackState.STRANGER;
  }
}
