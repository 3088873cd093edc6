package org.kith.gallery.domain.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kith.api.recognition.FaceEmbedding;

/**
 * One patient's templates as of one gallery version, one {@link TemplateMatrix} per embedding model
 * (a probe is only ever compared with templates of its own model), with each person's consent
 * expiry so that a consent that lapses between two erasure sweeps stops matching at that instant.
 * Immutable: every change makes a new gallery.
 */
public final class PatientGallery {
  private final long version;
  private final Map<String, TemplateMatrix> byModel;
  private final Map<Long, Instant> consentExpiry;

  private PatientGallery(
      long version, Map<String, TemplateMatrix> byModel, Map<Long, Instant> consentExpiry) {
    this.version = version;
    this.byModel = Map.copyOf(byModel);
    this.consentExpiry = new HashMap<>(consentExpiry);
  }

  /**
   * @param consentExpiry the persons whose consent is active, with its expiry (absent value: none)
   */
  public static PatientGallery of(
      long version,
      Collection<IndexedTemplate> templates,
      Map<Long, Optional<Instant>> consentExpiry) {
    Map<String, List<IndexedTemplate>> grouped = new LinkedHashMap<>();
    for (IndexedTemplate t : templates) {
      grouped.computeIfAbsent(t.model().key(), k -> new ArrayList<>()).add(t);
    }
    Map<String, TemplateMatrix> byModel = new HashMap<>();
    grouped.forEach(
        (key, list) ->
            byModel.put(key, TemplateMatrix.of(key, list.get(0).model().dimension(), list)));
    Map<Long, Instant> expiry = new HashMap<>();
    consentExpiry.forEach((person, until) -> expiry.put(person, until.orElse(Instant.MAX)));
    return new PatientGallery(version, byModel, expiry);
  }

  public long version() {
    return version;
  }

  public int size() {
    return byModel.values().stream().mapToInt(TemplateMatrix::size).sum();
  }

  /**
   * Whether the gallery holds any template of this model (else its templates need re-enrolment).
   */
  public boolean hasModel(String modelKey) {
    TemplateMatrix matrix = byModel.get(modelKey);
    return matrix != null && matrix.size() > 0;
  }

  /**
   * A gallery at {@code newVersion} with the templates added (their persons' consent with them).
   */
  public PatientGallery plus(
      long newVersion, List<IndexedTemplate> added, Map<Long, Optional<Instant>> consents) {
    Map<String, TemplateMatrix> next = new HashMap<>(byModel);
    Map<String, List<IndexedTemplate>> grouped = new LinkedHashMap<>();
    for (IndexedTemplate t : added) {
      grouped.computeIfAbsent(t.model().key(), k -> new ArrayList<>()).add(t);
    }
    grouped.forEach(
        (key, list) ->
            next.merge(
                key,
                TemplateMatrix.of(key, list.get(0).model().dimension(), list),
                (old, fresh) -> old.plus(list)));
    Map<Long, Instant> expiry = new HashMap<>(consentExpiry);
    consents.forEach((person, until) -> expiry.put(person, until.orElse(Instant.MAX)));
    return new PatientGallery(newVersion, next, expiry);
  }

  /** A gallery at {@code newVersion} without the given templates. */
  public PatientGallery minusTemplates(long newVersion, Collection<Long> templateIds) {
    Map<String, TemplateMatrix> next = new HashMap<>();
    byModel.forEach((key, m) -> next.put(key, m.withoutTemplates(templateIds::contains)));
    return new PatientGallery(newVersion, next, consentExpiry);
  }

  /** A gallery at {@code newVersion} without anything of the person. */
  public PatientGallery minusPerson(long newVersion, long personId) {
    Map<String, TemplateMatrix> next = new HashMap<>();
    byModel.forEach((key, m) -> next.put(key, m.withoutPerson(personId)));
    Map<Long, Instant> expiry = new HashMap<>(consentExpiry);
    expiry.remove(personId);
    return new PatientGallery(newVersion, next, expiry);
  }

  /** Whether the person has templates here and a consent that is active at {@code now}. */
  public boolean canName(long personId, Instant now) {
    Instant until = consentExpiry.get(personId);
    return until != null
        && now.isBefore(until)
        && byModel.values().stream()
            .anyMatch(
                m ->
                    java.util.stream.IntStream.range(0, m.persons())
                        .anyMatch(slot -> m.slotPerson(slot) == personId));
  }

  /**
   * The {@code limit} best persons for the probe among those whose consent is active at {@code
   * now}, scored with templates of the probe's own model only.
   */
  public Ranking rank(FaceEmbedding probe, Instant now, PersonScoring scoring, int limit) {
    TemplateMatrix matrix = byModel.get(probe.model().key());
    if (matrix == null || matrix.size() == 0) {
      return new Ranking(List.of());
    }
    int persons = matrix.persons();
    // The best and second-best similarity of each person's templates.
    float[] best = new float[persons];
    float[] second = new float[persons];
    Arrays.fill(best, Float.NEGATIVE_INFINITY);
    Arrays.fill(second, Float.NEGATIVE_INFINITY);
    // The persons compared at all: on a prefiltered matrix a few hundred of many thousands.
    int[] touched = new int[persons];
    int[] distinct = {0};
    matrix.compare(
        probe.vector(),
        (row, v) -> {
          int s = matrix.personSlot(row);
          if (best[s] == Float.NEGATIVE_INFINITY) {
            touched[distinct[0]++] = s;
          }
          if (v > best[s]) {
            second[s] = best[s];
            best[s] = v;
          } else if (v > second[s]) {
            second[s] = v;
          }
        });
    // Top-k by insertion: k is a handful, the persons may be thousands, so no full sort.
    List<PersonScore> top = new ArrayList<>(limit + 1);
    for (int i = 0; i < distinct[0]; i++) {
      int s = touched[i];
      double score = scoring.combine(best[s], second[s], matrix.templatesOf(s));
      // Persons a prefiltered matrix never compared (or compared only in part) cannot be named.
      if (!(score > Double.NEGATIVE_INFINITY)) {
        continue;
      }
      if (top.size() == limit && score <= top.get(limit - 1).score()) {
        continue;
      }
      // Consent is looked up only for the few persons that reach the top, not for thousands.
      Instant until = consentExpiry.get(matrix.slotPerson(s));
      if (until == null || !now.isBefore(until)) {
        continue;
      }
      int at = top.size();
      while (at > 0 && top.get(at - 1).score() < score) {
        at--;
      }
      top.add(at, new PersonScore(matrix.slotPerson(s), score));
      if (top.size() > limit) {
        top.remove(limit);
      }
    }
    return new Ranking(top);
  }
}
