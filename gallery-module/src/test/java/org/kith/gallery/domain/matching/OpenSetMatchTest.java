package org.kith.gallery.domain.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kith.api.audit.FaceDecision;

class OpenSetMatchTest {
  private static final MatchThresholds T = new MatchThresholds(0.6, 0.45, 0.08);

  private static OpenSetMatch decide(PersonScore... scores) {
    return OpenSetMatch.decide(new Ranking(List.of(scores)), T);
  }

  @Test
  void aClearBestAboveAcceptIsKnown() {
    OpenSetMatch m = decide(new PersonScore(1, 0.75), new PersonScore(2, 0.3));
    assertEquals(FaceDecision.KNOWN, m.decision());
    assertEquals(1L, m.candidate().orElseThrow().personId());
  }

  @Test
  void aLookAlikeSiblingWithinTheMarginMakesItUncertain() {
    assertEquals(
        FaceDecision.UNCERTAIN,
        decide(new PersonScore(1, 0.75), new PersonScore(2, 0.70)).decision());
  }

  @Test
  void betweenRejectAndAcceptIsUncertain() {
    assertEquals(FaceDecision.UNCERTAIN, decide(new PersonScore(1, 0.5)).decision());
  }

  @Test
  void belowRejectIsUnknownAndAStrangerIsNeverNamed() {
    assertEquals(FaceDecision.UNKNOWN, decide(new PersonScore(1, 0.44)).decision());
  }

  @Test
  void anEmptyGalleryIsUnknown() {
    assertEquals(FaceDecision.UNKNOWN, decide().decision());
  }

  @Test
  void exactlyAtTheThresholdsCountsAsReached() {
    assertEquals(
        FaceDecision.KNOWN, decide(new PersonScore(1, 0.6), new PersonScore(2, 0.51)).decision());
    assertEquals(FaceDecision.UNCERTAIN, decide(new PersonScore(1, 0.45)).decision());
  }

  @Test
  void rejectAboveAcceptIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new MatchThresholds(0.4, 0.5, 0.1));
  }
}
