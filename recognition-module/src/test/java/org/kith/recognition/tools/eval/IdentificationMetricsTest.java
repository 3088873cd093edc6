package org.kith.recognition.tools.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentificationMetricsTest {
  private static final double EPS = 1e-12;

  @Test
  void cmcOfAConstructedRanking() {
    List<SearchResult> results =
        List.of(
            SearchResult.mated(1, 0.9, 0.9),
            SearchResult.mated(1, 0.8, 0.8),
            SearchResult.mated(2, 0.7, 0.75),
            SearchResult.mated(4, 0.5, 0.9),
            SearchResult.failed(true),
            SearchResult.nonMated(0.3));
    IdentificationMetrics m = IdentificationMetrics.of(results, 5);
    assertEquals(5, m.searches()); // the stranger is not a closed-set search
    assertArrayEquals(new double[] {0.4, 0.6, 0.6, 0.8, 0.8}, m.cmc(), EPS);
    assertEquals(0.4, m.rank1(), EPS);
    assertEquals(0.8, m.rate(4), EPS);
  }

  @Test
  void noMatedSearchesGiveNaN() {
    assertTrue(
        Double.isNaN(IdentificationMetrics.of(List.of(SearchResult.nonMated(0.1)), 3).rank1()));
  }

  @Test
  void galleryRanksIdentitiesByTheirBestTemplateAndCountsTiesAgainstTheMate() {
    Map<String, List<float[]>> templates = new LinkedHashMap<>();
    templates.put("a", List.of(new float[] {1, 0, 0}, new float[] {0, 1, 0}));
    templates.put("b", List.of(new float[] {0.6f, 0.8f, 0}));
    templates.put("c", List.of(new float[] {0, 0, 1}));
    templates.put("empty", List.of());
    Gallery gallery = new Gallery(templates);
    assertEquals(3, gallery.identities());

    float[] probe = {0, 1, 0};
    // a: max(0, 1) = 1; b: .8; c: 0.
    SearchResult forA = gallery.search(probe, "a");
    assertEquals(1, forA.mateRank());
    assertEquals(1.0, forA.mateScore(), 1e-6);
    assertEquals(1.0, forA.topScore(), 1e-6);
    assertEquals(3, gallery.search(probe, "c").mateRank());
    assertEquals(0, gallery.search(probe, "nobody").mateRank());

    // Probe equally close to a and c: a tie ranks the mate behind the other.
    float[] between = {1, 0, 1};
    assertEquals(2, gallery.search(between, "a").mateRank());
    assertEquals(2, gallery.search(between, "c").mateRank());

    SearchResult stranger = gallery.search(probe, null);
    assertEquals(false, stranger.mated());
    assertEquals(1.0, stranger.topScore(), 1e-6);
  }
}
