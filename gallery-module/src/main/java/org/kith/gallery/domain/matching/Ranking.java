package org.kith.gallery.domain.matching;

import java.util.List;
import java.util.Optional;

/** The best-scoring persons for one probe, best first. */
public record Ranking(List<PersonScore> candidates) {
  public Ranking {
    candidates = List.copyOf(candidates);
  }

  public Optional<PersonScore> best() {
    return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
  }

  /** Best score minus the runner-up's; empty when there is no runner-up. */
  public Optional<Double> margin() {
    return candidates.size() < 2
        ? Optional.empty()
        : Optional.of(candidates.get(0).score() - candidates.get(1).score());
  }
}
