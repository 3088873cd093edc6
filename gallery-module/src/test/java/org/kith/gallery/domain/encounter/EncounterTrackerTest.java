package org.kith.gallery.domain.encounter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kith.api.audit.FaceDecision;
import org.kith.api.recognition.AnalyzedFace;
import org.kith.api.recognition.FaceAnalysis;
import org.kith.api.recognition.FaceBox;
import org.kith.api.recognition.FaceEmbedding;
import org.kith.api.recognition.FaceHints;
import org.kith.api.recognition.FaceQuality;
import org.kith.api.recognition.HeadPose;
import org.kith.api.recognition.Point;
import org.kith.gallery.domain.matching.MatchThresholds;
import org.kith.gallery.domain.matching.PersonScore;
import org.kith.gallery.domain.matching.Ranking;
import org.kith.gallery.domain.matching.Vectors;

/** The tracker on synthetic faces: identities as random directions, frames as noisy samples. */
class EncounterTrackerTest {
  private static final MatchThresholds THRESHOLDS = new MatchThresholds(0.7, 0.5, 0.05);
  private final Random random = new Random(11);
  private final float[] anna = Vectors.random(random, 64);
  private final float[] ben = Vectors.random(random, 64);
  private final Instant t0 = Instant.parse("2026-12-01T10:00:00Z");

  /** A gallery of Anna (person 1) and Ben (person 2), each one template at their centre. */
  private final TrackMatcher matcher =
      new TrackMatcher() {
        @Override
        public Ranking rank(FaceEmbedding probe) {
          List<PersonScore> scores = new ArrayList<>();
          scores.add(new PersonScore(1, dot(probe.vector(), anna)));
          scores.add(new PersonScore(2, dot(probe.vector(), ben)));
          scores.sort(Comparator.comparingDouble(PersonScore::score).reversed());
          return new Ranking(scores);
        }

        @Override
        public MatchThresholds thresholds(String modelKey) {
          return THRESHOLDS;
        }

        @Override
        public boolean canName(long personId) {
          return true;
        }
      };

  private static double dot(float[] a, float[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d += a[i] * b[i];
    }
    return d;
  }

  private AnalyzedFace face(float[] vector, double x, double quality) {
    return new AnalyzedFace(
        new FaceBox(x, 100, 120, 120),
        0.9,
        List.of(
            new Point(x + 80, 140),
            new Point(x + 40, 140),
            new Point(x + 60, 170),
            new Point(x + 75, 195),
            new Point(x + 45, 195)),
        List.of(),
        Map.of(),
        new HeadPose(0, 0, 0),
        new FaceQuality(quality, 0.5, 0.2, 0.5, 40, 0, 0.9, 0.9),
        vector == null ? null : new FaceEmbedding(Vectors.MODEL, vector));
  }

  private static FaceAnalysis analysis(AnalyzedFace... faces) {
    return new FaceAnalysis(640, 480, List.of(faces), Map.of());
  }

  /** One frame as the plan asks: detected faces, or each followed track's face in hint order. */
  private List<Proposal> frame(EncounterTracker tracker, int i, AnalyzedFace... faces) {
    EncounterTracker.Plan plan = tracker.plan();
    FaceAnalysis a = analysis(faces);
    List<Proposal> proposals = tracker.observe(a, plan, t0.plusMillis(200L * i), matcher);
    proposals.forEach(tracker::apply);
    return proposals;
  }

  @Test
  void aPersonIsConfirmedOnlyAfterEnoughAgreeingFramesAndOnlyOnce() {
    EncounterTracker tracker = new EncounterTracker(TrackerSettings.DEFAULTS);
    List<Proposal> all = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      List<Proposal> p = frame(tracker, i, face(Vectors.near(random, anna, 0.5), 200, 0.8));
      if (i < TrackRules.DEFAULTS.minFrames() - 1) {
        assertTrue(p.isEmpty(), "confirmed after " + (i + 1) + " frames");
      }
      all.addAll(p);
    }
    assertEquals(1, all.size());
    assertEquals(FaceDecision.KNOWN, all.get(0).decision().decision());
    assertEquals(1, all.get(0).decision().candidate().get().personId());
    assertEquals(TrackState.CONFIRMED, tracker.tracks().get(0).state());
    assertEquals(
        List.of(TrackEvent.STARTED), tracker.drainEvents().stream().map(TrackEvent::type).toList());
  }

  @Test
  void aProposalChangesNothingUntilItIsApplied() {
    EncounterTracker tracker = new EncounterTracker(TrackerSettings.DEFAULTS);
    List<Proposal> seen = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      EncounterTracker.Plan plan = tracker.plan();
      seen.addAll(
          tracker.observe(
              analysis(face(Vectors.near(random, anna, 0.5), 200, 0.8)),
              plan,
              t0.plusMillis(200L * i),
              matcher));
    }
    assertTrue(seen.size() >= 2, "proposed again while not applied: " + seen.size());
    assertEquals(TrackState.TENTATIVE, tracker.tracks().get(0).state());
  }

  @Test
  void aStrangerIsConfirmedAsNobodyAfterMoreFramesAndNeverNamed() {
    EncounterTracker tracker = new EncounterTracker(TrackerSettings.DEFAULTS);
    float[] stranger = Vectors.random(random, 64);
    List<Proposal> all = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      all.addAll(frame(tracker, i, face(Vectors.near(random, stranger, 0.5), 200, 0.8)));
    }
    assertEquals(1, all.size());
    assertEquals(FaceDecision.UNKNOWN, all.get(0).decision().decision());
    assertEquals(TrackRules.DEFAULTS.strangerFrames(), all.get(0).decision().framesUsed());
  }

  @Test
  void poorFramesAreNoEvidenceNotUnknown() {
    EncounterTracker tracker = new EncounterTracker(TrackerSettings.DEFAULTS);
    float[] stranger = Vectors.random(random, 64);
    for (int i = 0; i < 12; i++) {
      assertTrue(frame(tracker, i, face(Vectors.near(random, stranger, 0.5), 200, 0.1)).isEmpty());
    }
    assertEquals(0, tracker.tracks().get(0).evidence().count());
  }

  @Test
  void aConfirmedTrackWhoseFaceBecomesSomeoneElseIsSplitNotRenamed() {
    EncounterTracker tracker = new EncounterTracker(TrackerSettings.DEFAULTS);
    for (int i = 0; i < 6; i++) {
      frame(tracker, i, face(Vectors.near(random, anna, 0.4), 200, 0.8));
    }
    int first = tracker.tracks().get(0).id();
    tracker.drainEvents();
    List<Proposal> later = new ArrayList<>();
    for (int i = 6; i < 20; i++) {
      later.addAll(frame(tracker, i, face(Vectors.near(random, ben, 0.4), 200, 0.8)));
    }
    List<TrackEvent> events = tracker.drainEvents();
    assertTrue(
        events.contains(new TrackEvent(TrackEvent.ENDED, first, "identity-changed")),
        events::toString);
    assertEquals(1, later.size(), later::toString);
    assertEquals(2, later.get(0).decision().candidate().get().personId());
    assertTrue(later.get(0).track() != first);
  }

  @Test
  void anotherViewOfAConfirmedPersonKeepsTheTrackInsteadOfSplittingIt() {
    // Two views of Anna as far apart as a turned head: each close to Anna, not to each other.
    float[] away = Vectors.random(random, 64);
    double along = dot(away, anna);
    for (int i = 0; i < away.length; i++) {
      away[i] = (float) (0.8 * (away[i] - along * anna[i]));
    }
    float[] aside = Vectors.unit(away);
    float[] left = new float[64];
    float[] right = new float[64];
    for (int i = 0; i < 64; i++) {
      left[i] = anna[i] + 0.8f * aside[i];
      right[i] = anna[i] - 0.8f * aside[i];
    }
    left = Vectors.unit(left);
    right = Vectors.unit(right);
    assertTrue(dot(left, right) < THRESHOLDS.reject(), "the views are far apart");

    EncounterTracker tracker = new EncounterTracker(TrackerSettings.DEFAULTS);
    List<Proposal> confirmed = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      confirmed.addAll(frame(tracker, i, face(Vectors.near(random, left, 0.05), 200, 0.8)));
    }
    assertEquals(FaceDecision.KNOWN, confirmed.get(0).decision().decision(), confirmed::toString);
    int first = tracker.tracks().get(0).id();
    tracker.drainEvents();
    List<Proposal> later = new ArrayList<>();
    for (int i = 6; i < 20; i++) {
      later.addAll(frame(tracker, i, face(Vectors.near(random, right, 0.05), 200, 0.8)));
    }
    assertEquals(List.of(), tracker.drainEvents(), "no split and no new track");
    assertEquals(List.of(), later, "nothing to decide again");
    assertEquals(first, tracker.tracks().get(0).id());
  }

  @Test
  void theDetectorRunsOnTheFirstFrameEveryKthFrameAndWhenAFaceIsLost() {
    EncounterTracker tracker = new EncounterTracker(TrackerSettings.DEFAULTS);
    List<Boolean> detected = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      detected.add(tracker.plan().detect());
      frame(tracker, i, face(Vectors.near(random, anna, 0.4), 200, 0.8));
    }
    assertEquals(
        List.of(true, false, false, false, false, true, false, false, false, false), detected);
    frame(tracker, 10, face(Vectors.near(random, anna, 0.4), 200, 0.8));
    EncounterTracker.Plan plan = tracker.plan();
    assertFalse(plan.detect());
    tracker.observe(
        analysis(FaceHints.lost(tracker.tracks().get(0).hint())),
        plan,
        t0.plusMillis(2200),
        matcher);
    assertTrue(tracker.plan().detect(), "a lost face sends the next frame to the detector");
  }

  @Test
  void aSettledTrackIsFollowedWithoutEmbeddingsExceptToReverify() {
    EncounterTracker tracker = new EncounterTracker(TrackerSettings.DEFAULTS);
    int withEmbeddings = 0;
    int followed = 0;
    for (int i = 0; i < 30; i++) {
      EncounterTracker.Plan plan = tracker.plan();
      if (!plan.detect()) {
        followed++;
        withEmbeddings += plan.embeddings() ? 1 : 0;
      }
      frame(tracker, i, face(Vectors.near(random, anna, 0.4), 200, 0.8));
    }
    assertTrue(withEmbeddings < followed / 2, withEmbeddings + " of " + followed);
  }

  @Test
  void twoFacesAreTwoTracksAndATrackEndsAfterItsAbsence() {
    EncounterTracker tracker = new EncounterTracker(TrackerSettings.DEFAULTS);
    frame(
        tracker,
        0,
        face(Vectors.near(random, anna, 0.4), 100, 0.8),
        face(Vectors.near(random, ben, 0.4), 400, 0.8));
    assertEquals(2, tracker.tracks().size());
    tracker.drainEvents();
    // Frames with nobody for longer than the absence: both tracks end.
    for (int i = 1; i < 20; i++) {
      frame(tracker, i);
    }
    assertEquals(0, tracker.tracks().size());
    assertEquals(
        2, tracker.drainEvents().stream().filter(e -> e.reason().equals("absent")).count());
  }

  @Test
  void anAnnouncementComesAgainOnlyAfterTheCoolDown() {
    Announcements a = new Announcements();
    Duration coolDown = Duration.ofSeconds(60);
    assertTrue(a.announce(1, t0, coolDown));
    a.seen(1, t0.plusSeconds(10));
    assertFalse(a.announce(1, t0.plusSeconds(50), coolDown));
    assertTrue(a.announce(1, t0.plusSeconds(200), coolDown));
    assertTrue(a.announce(2, t0.plusSeconds(200), coolDown));
  }
}
