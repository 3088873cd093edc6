package org.kith.gallery.domain;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a person's templates spread over embedding models ({@code id@version} → count). Templates of
 * a model other than the running one never match, so a person whose templates are all of earlier
 * models is no longer recognised until new photos are enrolled.
 */
public record ModelCoverage(Map<String, Long> byModel) {
  public ModelCoverage {
    byModel = Map.copyOf(byModel);
  }

  public long total() {
    return byModel.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Templates made by {@code modelKey}. */
  public long of(String modelKey) {
    return byModel.getOrDefault(modelKey, 0L);
  }

  /** Templates made by any other model than {@code currentModel}. */
  public long staleFor(String currentModel) {
    return total() - of(currentModel);
  }

  /** The earlier models that made some of the templates, sorted. */
  public List<String> staleModels(String currentModel) {
    return new TreeMap<>(byModel)
        .keySet().stream().filter(k -> !k.equals(currentModel) && byModel.get(k) > 0).toList();
  }

  /**
   * The person is meant to be recognised (active consent, templates enrolled) but none of their
   * templates is of the running model, so they are not recognised until new photos are enrolled.
   */
  public boolean needsReEnrolment(String currentModel, ConsentStatus consent) {
    return consent == ConsentStatus.ACTIVE && total() > 0 && of(currentModel) == 0;
  }
}
