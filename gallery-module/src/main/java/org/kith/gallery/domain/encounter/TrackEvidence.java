package org.kith.gallery.domain.encounter;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a track's good frames say about who it is, over a sliding window of the latest frames.
 *
 * <p>The track's probe is the quality-weighted mean of the frames' unit embeddings, made unit
 * again. Averaging cancels much of what changes from frame to frame (blur, a passing shadow, a
 * small turn) while the identity stays, so the mean scores a mated template higher than most single
 * frames do, and a stranger's mean no higher than their frames; weighting by quality lets sharp,
 * frontal frames count more than marginal ones. Each frame's own first-ranked person is kept too,
 * so that a decision can also ask whether the frames agree (a mean can be pulled towards someone by
 * two frames that each look a little like them).
 */
public final class TrackEvidence {
  private final int window;
  private final Deque<EvidenceFrame> frames = new ArrayDeque<>();
  private int total;

  public TrackEvidence(int window) {
    if (window < 1) {
      throw new IllegalArgumentException("the window must hold at least one frame");
    }
    this.window = window;
  }

  public void add(EvidenceFrame frame) {
    frames.addLast(frame);
    total++;
    while (frames.size() > window) {
      frames.removeFirst();
    }
  }

  /** Good frames in the window. */
  public int count() {
    return frames.size();
  }

  /** Good frames since the track began, the window's and those it has let go. */
  public int total() {
    return total;
  }

  public double meanWeight() {
    return frames.stream().mapToDouble(EvidenceFrame::weight).average().orElse(0);
  }

  /** The quality-weighted mean of the window's unit embeddings, as a unit vector. */
  public float[] fused() {
    if (frames.isEmpty()) {
      throw new IllegalStateException("no evidence yet");
    }
    int d = frames.peekFirst().vector().length;
    double[] sum = new double[d];
    for (EvidenceFrame f : frames) {
      double w = Math.max(1e-3, f.weight());
      float[] v = f.vector();
      for (int i = 0; i < d; i++) {
        sum[i] += w * v[i];
      }
    }
    double norm = 0;
    for (double s : sum) {
      norm += s * s;
    }
    norm = Math.sqrt(norm);
    float[] out = new float[d];
    for (int i = 0; i < d; i++) {
      out[i] = (float) (norm == 0 ? 0 : sum[i] / norm);
    }
    return out;
  }

  /** The share of the window's frames that ranked this person first. */
  public double agreement(long personId) {
    if (frames.isEmpty()) {
      return 0;
    }
    return frames.stream().filter(f -> f.topPerson() == personId).count() / (double) frames.size();
  }

  /** The latest {@code n} frames, newest last; fewer when the window holds fewer. */
  public java.util.List<EvidenceFrame> latest(int n) {
    java.util.List<EvidenceFrame> all = java.util.List.copyOf(frames);
    return all.subList(Math.max(0, all.size() - n), all.size());
  }

  public void clear() {
    frames.clear();
  }
}
