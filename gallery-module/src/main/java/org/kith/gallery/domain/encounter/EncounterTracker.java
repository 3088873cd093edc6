package org.kith.gallery.domain.encounter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kith.api.audit.FaceDecision;
import org.kith.api.recognition.AnalyzedFace;
import org.kith.api.recognition.FaceAnalysis;
import org.kith.api.recognition.FaceEmbedding;
import org.kith.api.recognition.FaceHint;
import org.kith.api.recognition.FaceHints;
import org.kith.gallery.domain.matching.MatchThresholds;
import org.kith.gallery.domain.matching.OpenSetMatch;
import org.kith.gallery.domain.matching.PersonScore;
import org.kith.gallery.domain.matching.Ranking;

/**
 * The tracks of one encounter, frame by frame. Not thread-safe: an encounter takes one frame at a
 * time.
 *
 * <p>Per frame: {@link #plan} says whether to follow the known faces or run the detector; {@link
 * #observe} links the analysis's faces to tracks (a followed face belongs to its hint's track; a
 * detected one to the track whose last box it overlaps most), adds each good face's embedding to
 * its track's evidence, ends tracks out of view for longer than the absence, splits a decided track
 * whose face no longer agrees with its decision, and proposes the decisions the evidence now
 * supports. A proposal changes nothing until {@link #apply} is called with it, after its audit
 * record is durable.
 */
public final class EncounterTracker {
  private final TrackerSettings settings;
  private final Map<Integer, Track> tracks = new LinkedHashMap<>();
  private final List<TrackEvent> events = new ArrayList<>();
  private int nextTrack = 1;
  private int framesSinceDetection;
  private boolean mustDetect = true;
  private long frames;

  public EncounterTracker(TrackerSettings settings) {
    this.settings = settings;
  }

  /** What the next frame needs from recognition. */
  public record Plan(List<FaceHint> follow, List<Integer> followed, boolean embeddings) {
    public boolean detect() {
      return follow.isEmpty();
    }
  }

  public Plan plan() {
    boolean detect =
        mustDetect
            || tracks.isEmpty()
            || framesSinceDetection + 1 >= settings.detectEvery()
            || tracks.values().stream().anyMatch(t -> !t.seenInLastFrame());
    if (detect) {
      return new Plan(List.of(), List.of(), true);
    }
    List<FaceHint> hints = new ArrayList<>();
    List<Integer> ids = new ArrayList<>();
    boolean embeddings = false;
    for (Track t : tracks.values()) {
      hints.add(t.hint());
      ids.add(t.id());
      embeddings |= !t.settled() || t.frames() % settings.reverifyEvery() == 0;
    }
    return new Plan(hints, ids, embeddings);
  }

  /**
   * Takes one frame's analysis, made as {@code plan} said.
   *
   * @return the decisions the evidence now supports, to be audited and then applied
   */
  public List<Proposal> observe(
      FaceAnalysis analysis, Plan plan, Instant at, TrackMatcher matcher) {
    frames++;
    List<Track> updated = new ArrayList<>();
    if (plan.detect()) {
      framesSinceDetection = 0;
      mustDetect = false;
      updated.addAll(associate(analysis.faces(), at));
    } else {
      framesSinceDetection++;
      for (int i = 0; i < plan.followed().size(); i++) {
        Track t = tracks.get(plan.followed().get(i));
        if (t == null) {
          continue;
        }
        // An answer short of faces (it should have one per hint) loses the ones it lacks.
        AnalyzedFace face = i < analysis.faces().size() ? analysis.faces().get(i) : null;
        if (face != null && FaceHints.found(face)) {
          t.seen(face, at);
          updated.add(t);
        } else {
          t.missed();
          mustDetect = true;
        }
      }
    }
    endAbsent(at);
    endUnnameable(matcher);
    List<Proposal> proposals = new ArrayList<>();
    for (Track t : updated) {
      if (!tracks.containsKey(t.id())) {
        continue;
      }
      AnalyzedFace face = t.lastFace();
      if (face.embedding() == null || !goodEvidence(face)) {
        continue;
      }
      Ranking alone = matcher.rank(face.embedding());
      String modelKey = face.embedding().model().key();
      MatchThresholds thresholds = matcher.thresholds(modelKey);
      Track current = t.settled() ? checkDrift(t, face, alone, thresholds, at) : t;
      PersonScore top = alone.best().orElse(null);
      current
          .evidence()
          .add(
              new EvidenceFrame(
                  face.embedding().vector(),
                  face.quality().score(),
                  top == null ? -1 : top.personId(),
                  top == null ? 0 : top.score()));
      if (!current.settled()) {
        propose(current, face, matcher, thresholds).ifPresent(proposals::add);
      }
    }
    return proposals;
  }

  /** Applies an audited proposal; false if its track has gone since. */
  public boolean apply(Proposal proposal) {
    Track t = tracks.get(proposal.track());
    if (t == null) {
      return false;
    }
    TrackDecision d = proposal.decision();
    switch (d.decision()) {
      case KNOWN ->
          t.decided(TrackState.CONFIRMED, d.candidate().get().personId(), proposal.fused());
      case UNKNOWN -> t.decided(TrackState.STRANGER, -1, proposal.fused());
      default -> t.decided(TrackState.UNCERTAIN, -1, null);
    }
    return true;
  }

  /** Tracks and other changes since the last call, oldest first. */
  public List<TrackEvent> drainEvents() {
    List<TrackEvent> out = List.copyOf(events);
    events.clear();
    return out;
  }

  /** Ends every track (the encounter closes). */
  public void endAll(String reason) {
    for (Track t : List.copyOf(tracks.values())) {
      end(t, reason);
    }
  }

  /** Ends tracks out of view too long, also between frames (an encounter that stopped sending). */
  public void endAbsent(Instant at) {
    for (Track t : List.copyOf(tracks.values())) {
      if (Duration.between(t.lastSeen(), at).compareTo(settings.absence()) > 0) {
        end(t, "absent");
      }
    }
  }

  public List<Track> tracks() {
    return List.copyOf(tracks.values());
  }

  public long frames() {
    return frames;
  }

  private void endUnnameable(TrackMatcher matcher) {
    for (Track t : List.copyOf(tracks.values())) {
      if (t.state() == TrackState.CONFIRMED && !matcher.canName(t.personId())) {
        end(t, "consent-withdrawn");
      }
    }
  }

  private boolean goodEvidence(AnalyzedFace face) {
    TrackRules rules = settings.rules();
    return face.quality().score() >= rules.minQuality()
        && Math.abs(face.pose().yaw()) <= rules.maxYawDegrees()
        && face.quality().faceSize() >= rules.minFaceSize();
  }

  private Optional<Proposal> propose(
      Track t, AnalyzedFace face, TrackMatcher matcher, MatchThresholds thresholds) {
    TrackEvidence evidence = t.evidence();
    if (evidence.count() == 0) {
      return Optional.empty();
    }
    float[] fused = evidence.fused();
    Ranking ranking = matcher.rank(new FaceEmbedding(face.embedding().model(), fused));
    Optional<TrackDecision> decision =
        TrackDecision.of(evidence, ranking, thresholds, settings.rules());
    if (decision.isEmpty()
        || (t.state() == TrackState.UNCERTAIN
            && decision.get().decision() == FaceDecision.UNCERTAIN)) {
      return Optional.empty();
    }
    Map<String, Double> context = new LinkedHashMap<>();
    context.put("framesUsed", (double) evidence.count());
    context.put("framesSeen", (double) t.frames());
    context.put("meanQuality", evidence.meanWeight());
    context.put("agreement", decision.get().agreement());
    context.put("yaw", face.pose().yaw());
    context.put("pitch", face.pose().pitch());
    context.put("faceSize", face.quality().faceSize());
    return Optional.of(
        new Proposal(t.id(), decision.get(), fused, face.embedding().model().key(), context));
  }

  /**
   * A settled track whose face keeps disagreeing with its decision holds someone else now: it is
   * ended and a new track begins with this face, so a name is never carried over to another face.
   */
  private Track checkDrift(
      Track t, AnalyzedFace face, Ranking alone, MatchThresholds thresholds, Instant at) {
    boolean disagrees;
    if (t.state() == TrackState.CONFIRMED) {
      // A new view of the same person (turned, another light) can move far from the probe the
      // track was confirmed on and still look like that person: only a face that resembles
      // neither is evidence of someone else.
      double own =
          alone.candidates().stream()
              .filter(c -> c.personId() == t.personId())
              .mapToDouble(PersonScore::score)
              .max()
              .orElse(-1);
      disagrees =
          cosine(face.embedding().vector(), t.anchor()) < thresholds.reject()
              && own < thresholds.reject();
    } else {
      disagrees =
          OpenSetMatch.decide(alone, thresholds).decision() == FaceDecision.KNOWN
              || cosine(face.embedding().vector(), t.anchor()) < thresholds.reject();
    }
    if (!t.contradicted(disagrees, settings.rules().driftFrames())) {
      return t;
    }
    end(t, "identity-changed");
    return start(face, at);
  }

  private List<Track> associate(List<AnalyzedFace> faces, Instant at) {
    record Pair(Track track, int face, double overlap) {}
    List<Pair> pairs = new ArrayList<>();
    for (Track t : tracks.values()) {
      for (int f = 0; f < faces.size(); f++) {
        double overlap = FaceHints.iou(t.lastFace().box(), faces.get(f).box());
        if (overlap >= settings.minOverlap()) {
          pairs.add(new Pair(t, f, overlap));
        }
      }
    }
    pairs.sort(Comparator.comparingDouble(Pair::overlap).reversed());
    boolean[] taken = new boolean[faces.size()];
    List<Track> updated = new ArrayList<>();
    for (Pair p : pairs) {
      if (taken[p.face()] || updated.contains(p.track())) {
        continue;
      }
      taken[p.face()] = true;
      p.track().seen(faces.get(p.face()), at);
      updated.add(p.track());
    }
    for (Track t : tracks.values()) {
      if (!updated.contains(t)) {
        t.missed();
      }
    }
    for (int f = 0; f < faces.size(); f++) {
      if (!taken[f] && tracks.size() < settings.maxTracks()) {
        updated.add(start(faces.get(f), at));
      }
    }
    return updated;
  }

  private Track start(AnalyzedFace face, Instant at) {
    Track t = new Track(nextTrack++, face, at, settings.rules().window());
    tracks.put(t.id(), t);
    events.add(new TrackEvent(TrackEvent.STARTED, t.id(), null));
    return t;
  }

  private void end(Track t, String reason) {
    if (tracks.remove(t.id()) != null) {
      t.evidence().clear();
      events.add(new TrackEvent(TrackEvent.ENDED, t.id(), reason));
    }
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }
}
