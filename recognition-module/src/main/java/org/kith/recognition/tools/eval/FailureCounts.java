package org.kith.recognition.tools.eval;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the distinct images of one condition fared: analysed with a face, failure to detect (no
 * face), missing, refused by the pipeline (by code) or failed; and the mean analysis time.
 */
public record FailureCounts(
    int images,
    int noFace,
    int missing,
    Map<String, Integer> rejected,
    int errors,
    double meanMillis) {

  public static FailureCounts of(Collection<ImageResult> results) {
    int noFace = 0;
    int missing = 0;
    int errors = 0;
    double millis = 0;
    int timed = 0;
    Map<String, Integer> rejected = new TreeMap<>();
    for (ImageResult r : results) {
      if (r.millis() > 0) {
        millis += r.millis();
        timed++;
      }
      if (r.ok()) {
        continue;
      }
      switch (r.failure()) {
        case ImageResult.NO_FACE -> noFace++;
        case ImageResult.MISSING -> missing++;
        case ImageResult.ERROR -> errors++;
        default -> rejected.merge(r.failure().substring("REJECTED:".length()), 1, Integer::sum);
      }
    }
    return new FailureCounts(
        results.size(),
        noFace,
        missing,
        Map.copyOf(rejected),
        errors,
        timed == 0 ? Double.NaN : millis / timed);
  }

  /** Images the pipeline could look at (present on disk). */
  public int analysed() {
    return images - missing;
  }

  /** Failure-to-detect rate over analysed images. */
  public double failureToDetectRate() {
    return analysed() == 0 ? Double.NaN : (double) noFace / analysed();
  }

  public int rejectedTotal() {
    return rejected.values().stream().mapToInt(Integer::intValue).sum();
  }
}
