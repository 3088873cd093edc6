package org.kith.recognition.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenSetMetricsTest {
  private static final double EPS = 1e-12;

  @Test
  void dirAtFpirCountsOnlyRankOneMatesAboveTheStrangersThreshold() {
    List<SearchResult> results = new ArrayList<>();
    results.add(SearchResult.mated(1, 0.9, 0.9));
    results.add(SearchResult.mated(1, 0.7, 0.7));
    results.add(SearchResult.mated(1, 0.5, 0.5));
    results.add(SearchResult.mated(2, 0.95, 0.96)); // a mate at rank 2 is never identified
    results.add(SearchResult.failed(true));
    // Ten strangers with top scores .05 .. .6 (step ~.06); the highest is .6.
    double[] strangers = {0.6, 0.55, 0.4, 0.3, 0.25, 0.2, 0.15, 0.1, 0.08, 0.05};
    for (double s : strangers) {
      results.add(SearchResult.nonMated(s));
    }
    results.add(SearchResult.failed(false)); // a stranger without a face names nobody
    OpenSetMetrics m = OpenSetMetrics.of(results);

    // 11 strangers; FPIR 0.1 allows one false alarm: threshold .6 → mates .9 and .7 → DIR 2/5.
    OpenSetMetrics.Point p = m.dirAtFpir(0.1);
    assertTrue(p.supported());
    assertEquals(11, p.nonMatedSearches());
    assertEquals(0.4, p.dir(), EPS);
    assertEquals(1.0 / 11, p.fpir(), EPS);
    assertEquals(0.6, p.threshold(), EPS);

    // FPIR 0.3 allows three: threshold .4 → mate .5 also identified → 3/5.
    assertEquals(0.6, m.dirAtFpir(0.3).dir(), EPS);

    // FPIR 0.01 × 11 strangers < 1: not supported.
    OpenSetMetrics.Point low = m.dirAtFpir(0.01);
    assertFalse(low.supported());
    assertTrue(Double.isNaN(low.dir()));
  }
}
