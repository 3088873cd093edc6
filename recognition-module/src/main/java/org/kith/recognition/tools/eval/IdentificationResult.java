package org.kith.recognition.tools.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Closed- and open-set identification for one condition. The gallery holds every gallery image that
 * yielded an embedding; a probe without one is a failed search (a miss when mated, no false alarm
 * when a stranger).
 */
public record IdentificationResult(
    String condition,
    int galleryImages,
    int galleryFailures,
    int galleryIdentities,
    int matedSearches,
    int nonMatedSearches,
    int failedSearches,
    List<SearchResult> searches,
    IdentificationMetrics closedSet,
    List<OpenSetMetrics.Point> openSet,
    OpenSetMetrics openSetCurve) {

  public static final int MAX_RANK = 10;
  public static final double[] FPIR_TARGETS = {1e-1, 1e-2, 1e-3};

  public static IdentificationResult of(
      String condition,
      IdentificationSet set,
      Function<String, ImageResult> galleryImage,
      Function<String, ImageResult> probeImage) {
    Map<String, List<float[]>> templates = new LinkedHashMap<>();
    int galleryFailures = 0;
    for (IdentificationSet.Entry e : set.gallery()) {
      ImageResult r = galleryImage.apply(e.file());
      if (r.ok()) {
        templates.computeIfAbsent(e.identity(), id -> new ArrayList<>()).add(r.embedding());
      } else {
        galleryFailures++;
      }
    }
    Gallery gallery = new Gallery(templates);
    List<SearchResult> searches = new ArrayList<>();
    int failed = 0;
    for (IdentificationSet.Entry p : set.probes()) {
      ImageResult r = probeImage.apply(p.file());
      if (!r.ok() || gallery.identities() == 0) {
        searches.add(SearchResult.failed(!p.stranger()));
        failed++;
      } else {
        searches.add(gallery.search(r.embedding(), p.identity()));
      }
    }
    int mated = (int) searches.stream().filter(SearchResult::mated).count();
    int nonMated = searches.size() - mated;
    List<OpenSetMetrics.Point> openSet = new ArrayList<>();
    OpenSetMetrics curve = null;
    if (mated > 0 && nonMated > 0) {
      curve = OpenSetMetrics.of(searches);
      for (double fpir : FPIR_TARGETS) {
        openSet.add(curve.dirAtFpir(fpir));
      }
    }
    return new IdentificationResult(
        condition,
        set.gallery().size(),
        galleryFailures,
        gallery.identities(),
        mated,
        nonMated,
        failed,
        List.copyOf(searches),
        IdentificationMetrics.of(searches, MAX_RANK),
        List.copyOf(openSet),
        curve);
  }

  /** DIR at {@code fpir} (one of {@link #FPIR_TARGETS}), or null without strangers. */
  public OpenSetMetrics.Point at(double fpir) {
    return openSet.stream().filter(p -> p.targetFpir() == fpir).findFirst().orElse(null);
  }
}
