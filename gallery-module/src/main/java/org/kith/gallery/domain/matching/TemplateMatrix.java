package org.kith.gallery.domain.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * The templates of one patient made by one embedding model, as one contiguous row-major float
 * array: a probe is scored against all of them in a single pass over memory. Rows are L2-normalised
 * when built, so a dot product is the cosine similarity. Immutable; changes build a new matrix
 * (copy-on-write), so identify never takes a lock.
 */
public final class TemplateMatrix {
  private final String modelKey;
  private final int dimension;
  private final float[] rows;
  private final long[] templateIds;
  private final long[] personIds;
  // Each row's person as a dense slot number, so scoring aggregates per person without hashing.
  private final int[] personSlots;
  private final long[] slotPersons;

  private TemplateMatrix(
      String modelKey, int dimension, float[] rows, long[] templateIds, long[] personIds) {
    this.modelKey = modelKey;
    this.dimension = dimension;
    this.rows = rows;
    this.templateIds = templateIds;
    this.personIds = personIds;
    java.util.Map<Long, Integer> slots = new java.util.LinkedHashMap<>();
    this.personSlots = new int[personIds.length];
    for (int i = 0; i < personIds.length; i++) {
      personSlots[i] = slots.computeIfAbsent(personIds[i], p -> slots.size());
    }
    this.slotPersons = new long[slots.size()];
    slots.forEach((person, slot) -> slotPersons[slot] = person);
  }

  /** All templates must share one model; they are checked, not trusted. */
  public static TemplateMatrix of(String modelKey, int dimension, List<IndexedTemplate> templates) {
    float[] rows = new float[templates.size() * dimension];
    long[] templateIds = new long[templates.size()];
    long[] personIds = new long[templates.size()];
    for (int i = 0; i < templates.size(); i++) {
      IndexedTemplate t = templates.get(i);
      if (!t.model().key().equals(modelKey) || t.vector().length != dimension) {
        throw new IllegalArgumentException("template " + t.templateId() + " is of another model");
      }
      float[] unit = normalised(t.vector());
      System.arraycopy(unit, 0, rows, i * dimension, dimension);
      templateIds[i] = t.templateId();
      personIds[i] = t.personId();
    }
    return new TemplateMatrix(modelKey, dimension, rows, templateIds, personIds);
  }

  /** A matrix with the given templates appended. */
  public TemplateMatrix plus(List<IndexedTemplate> added) {
    List<IndexedTemplate> all = new ArrayList<>(size() + added.size());
    for (int i = 0; i < size(); i++) {
      all.add(row(i));
    }
    all.addAll(added);
    return of(modelKey, dimension, all);
  }

  /** A matrix without the templates whose id matches. */
  public TemplateMatrix withoutTemplates(LongPredicate templateId) {
    List<IndexedTemplate> kept = new ArrayList<>(size());
    for (int i = 0; i < size(); i++) {
      if (!templateId.test(templateIds[i])) {
        kept.add(row(i));
      }
    }
    return of(modelKey, dimension, kept);
  }

  /** A matrix without the person's templates. */
  public TemplateMatrix withoutPerson(long personId) {
    List<IndexedTemplate> kept = new ArrayList<>(size());
    for (int i = 0; i < size(); i++) {
      if (personIds[i] != personId) {
        kept.add(row(i));
      }
    }
    return of(modelKey, dimension, kept);
  }

  /**
   * Cosine similarity of the probe with every row, into {@code out} (length {@link #size()}). Four
   * independent accumulators let the CPU overlap the multiply-adds; the JIT does not vectorise a
   * floating-point reduction on its own.
   */
  public void scores(float[] probe, float[] out) {
    if (probe.length != dimension) {
      throw new IllegalArgumentException("probe has another dimension than this model's templates");
    }
    float[] unit = normalised(probe);
    int n = size();
    int d = dimension;
    int blocked = d & ~3;
    for (int r = 0; r < n; r++) {
      int base = r * d;
      float s0 = 0;
      float s1 = 0;
      float s2 = 0;
      float s3 = 0;
      int k = 0;
      for (; k < blocked; k += 4) {
        s0 += rows[base + k] * unit[k];
        s1 += rows[base + k + 1] * unit[k + 1];
        s2 += rows[base + k + 2] * unit[k + 2];
        s3 += rows[base + k + 3] * unit[k + 3];
      }
      for (; k < d; k++) {
        s0 += rows[base + k] * unit[k];
      }
      out[r] = (s0 + s1) + (s2 + s3);
    }
  }

  public String modelKey() {
    return modelKey;
  }

  public int dimension() {
    return dimension;
  }

  public int size() {
    return templateIds.length;
  }

  public long personId(int row) {
    return personIds[row];
  }

  /** The dense slot number of the row's person, in [0, {@link #persons()}). */
  public int personSlot(int row) {
    return personSlots[row];
  }

  /** How many distinct persons the matrix holds. */
  public int persons() {
    return slotPersons.length;
  }

  public long slotPerson(int slot) {
    return slotPersons[slot];
  }

  public long templateId(int row) {
    return templateIds[row];
  }

  private IndexedTemplate row(int i) {
    String[] key = splitKey(modelKey);
    return new IndexedTemplate(
        templateIds[i],
        personIds[i],
        new org.kith.api.recognition.EmbeddingModel(key[0], key[1], dimension),
        Arrays.copyOfRange(rows, i * dimension, (i + 1) * dimension));
  }

  private static String[] splitKey(String key) {
    int at = key.lastIndexOf('@');
    return new String[] {key.substring(0, at), key.substring(at + 1)};
  }

  static float[] normalised(float[] vector) {
    double sum = 0;
    for (float v : vector) {
      sum += (double) v * v;
    }
    if (sum == 0 || Double.isNaN(sum)) {
      throw new IllegalArgumentException("an embedding of zero length cannot be compared");
    }
    float inverse = (float) (1 / Math.sqrt(sum));
    float[] unit = new float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      unit[i] = vector[i] * inverse;
    }
    return unit;
  }
}
