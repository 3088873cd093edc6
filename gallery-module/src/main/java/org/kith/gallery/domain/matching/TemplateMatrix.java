package org.kith.gallery.domain.matching;

import java.util.Arrays;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * The templates of one patient made by one embedding model, as one contiguous row-major float
 * array: a probe is scored against all of them in a single pass over memory. Rows are L2-normalised
 * when built, so a dot product is the cosine similarity. Immutable; changes build a new matrix
 * (copy-on-write), so identify never takes a lock.
 *
 * <p>Large matrices (see {@link #PREFILTER_FROM}) also keep an {@link AngleSketch} of every row. A
 * probe is then compared exactly only with the rows whose sketch is closest, and with every row of
 * the few persons those rows belong to, so the persons that can be named, and their best and
 * second-best similarities, are exact; rows never compared score negative infinity. A row above an
 * accept threshold (cosine 0.6 or more) lies far inside the sketch's candidate set, which at 10⁵
 * rows holds about a thousand.
 */
public final class TemplateMatrix {
  /** From this many stored floats (rows × dimension) on, a sketch pass comes first. */
  static final long PREFILTER_FROM = 1L << 21;

  /** After the sketch pass, all rows of this many best persons are compared exactly. */
  static final int FOLLOW_UP_PERSONS = 8;

  private final String modelKey;
  private final int dimension;
  private final float[] rows;
  private final long[] templateIds;
  private final long[] personIds;
  // Each row's person as a dense slot number, so scoring aggregates per person without hashing.
  private final int[] personSlots;
  private final long[] slotPersons;
  // The rows of each slot: slotRows[slotStart[s] .. slotStart[s + 1]).
  private final int[] slotStart;
  private final int[] slotRows;
  private final AngleSketch sketcher;
  private final long[] sketches;

  private TemplateMatrix(
      String modelKey,
      int dimension,
      float[] rows,
      long[] templateIds,
      long[] personIds,
      AngleSketch sketcher,
      long[] sketches) {
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
    this.slotStart = new int[slotPersons.length + 1];
    for (int slot : personSlots) {
      slotStart[slot + 1]++;
    }
    for (int s = 0; s < slotPersons.length; s++) {
      slotStart[s + 1] += slotStart[s];
    }
    this.slotRows = new int[personIds.length];
    int[] next = Arrays.copyOf(slotStart, slotPersons.length);
    for (int r = 0; r < personIds.length; r++) {
      slotRows[next[personSlots[r]]++] = r;
    }
    this.sketcher = sketcher;
    this.sketches = sketches;
  }

  /** All templates must share one model; they are checked, not trusted. */
  public static TemplateMatrix of(String modelKey, int dimension, List<IndexedTemplate> templates) {
    return empty(modelKey, dimension).plus(templates);
  }

  private static TemplateMatrix empty(String modelKey, int dimension) {
    return new TemplateMatrix(
        modelKey, dimension, new float[0], new long[0], new long[0], null, null);
  }

  /** A matrix with the given templates appended; existing rows are copied, not recomputed. */
  public TemplateMatrix plus(List<IndexedTemplate> added) {
    int before = size();
    int after = before + added.size();
    float[] nextRows = Arrays.copyOf(rows, after * dimension);
    long[] nextTemplates = Arrays.copyOf(templateIds, after);
    long[] nextPersons = Arrays.copyOf(personIds, after);
    for (int i = 0; i < added.size(); i++) {
      IndexedTemplate t = added.get(i);
      if (!t.model().key().equals(modelKey) || t.vector().length != dimension) {
        throw new IllegalArgumentException("template " + t.templateId() + " is of another model");
      }
      System.arraycopy(normalised(t.vector()), 0, nextRows, (before + i) * dimension, dimension);
      nextTemplates[before + i] = t.templateId();
      nextPersons[before + i] = t.personId();
    }
    AngleSketch nextSketcher = sketcher;
    long[] nextSketches = null;
    if (sketcher != null) {
      nextSketches = Arrays.copyOf(sketches, after * AngleSketch.WORDS);
      sketcher.sketchRows(nextRows, before, after, nextSketches);
    } else if ((long) after * dimension >= PREFILTER_FROM) {
      nextSketcher = AngleSketch.fit(nextRows, after, dimension);
      nextSketches = new long[after * AngleSketch.WORDS];
      nextSketcher.sketchRows(nextRows, 0, after, nextSketches);
    }
    return new TemplateMatrix(
        modelKey, dimension, nextRows, nextTemplates, nextPersons, nextSketcher, nextSketches);
  }

  /** A matrix without the templates whose id matches. */
  public TemplateMatrix withoutTemplates(LongPredicate templateId) {
    return keeping(r -> !templateId.test(templateIds[r]));
  }

  /** A matrix without the person's templates. */
  public TemplateMatrix withoutPerson(long personId) {
    return keeping(r -> personIds[r] != personId);
  }

  private TemplateMatrix keeping(java.util.function.IntPredicate row) {
    int n = size();
    int kept = 0;
    float[] nextRows = new float[rows.length];
    long[] nextTemplates = new long[n];
    long[] nextPersons = new long[n];
    long[] nextSketches = sketches == null ? null : new long[sketches.length];
    for (int r = 0; r < n; r++) {
      if (row.test(r)) {
        System.arraycopy(rows, r * dimension, nextRows, kept * dimension, dimension);
        nextTemplates[kept] = templateIds[r];
        nextPersons[kept] = personIds[r];
        if (nextSketches != null) {
          System.arraycopy(
              sketches,
              r * AngleSketch.WORDS,
              nextSketches,
              kept * AngleSketch.WORDS,
              AngleSketch.WORDS);
        }
        kept++;
      }
    }
    return new TemplateMatrix(
        modelKey,
        dimension,
        Arrays.copyOf(nextRows, kept * dimension),
        Arrays.copyOf(nextTemplates, kept),
        Arrays.copyOf(nextPersons, kept),
        sketcher,
        nextSketches == null ? null : Arrays.copyOf(nextSketches, kept * AngleSketch.WORDS));
  }

  /** Whether probes are ranked by sketch first (large matrices only). */
  public boolean prefiltered() {
    return sketches != null;
  }

  /**
   * Cosine similarity of the probe with every row, into {@code out} (length {@link #size()}); on a
   * {@linkplain #prefiltered() prefiltered} matrix, rows not compared get negative infinity.
   */
  public void scores(float[] probe, float[] out) {
    if (probe.length != dimension) {
      throw new IllegalArgumentException("probe has another dimension than this model's templates");
    }
    float[] unit = normalised(probe);
    if (sketches == null) {
      exactScores(unit, out);
      return;
    }
    int n = size();
    long[] sketch = sketcher.sketch(unit);
    int[] distance = new int[n];
    int[] histogram = new int[AngleSketch.BITS + 1];
    for (int r = 0; r < n; r++) {
      int d = AngleSketch.distance(sketches, r, sketch);
      distance[r] = d;
      histogram[d]++;
    }
    int wanted = candidates(n);
    int cutoff = 0;
    for (int seen = histogram[0]; seen < wanted && cutoff < AngleSketch.BITS; ) {
      seen += histogram[++cutoff];
    }
    Arrays.fill(out, Float.NEGATIVE_INFINITY);
    float[] slotBest = new float[persons()];
    Arrays.fill(slotBest, Float.NEGATIVE_INFINITY);
    for (int r = 0; r < n; r++) {
      if (distance[r] <= cutoff) {
        float v = dot(r, unit);
        out[r] = v;
        slotBest[personSlots[r]] = Math.max(slotBest[personSlots[r]], v);
      }
    }
    // The persons who can be named: every one of their rows exactly, for the second-best too.
    for (int slot : bestSlots(slotBest, FOLLOW_UP_PERSONS)) {
      for (int i = slotStart[slot]; i < slotStart[slot + 1]; i++) {
        int r = slotRows[i];
        if (out[r] == Float.NEGATIVE_INFINITY) {
          out[r] = dot(r, unit);
        }
      }
    }
  }

  /** How many rows the sketch pass keeps: a fixed floor plus a small share of a large gallery. */
  static int candidates(int rows) {
    return 512 + rows / 64;
  }

  /** Exact cosine similarities of a unit probe with every row. */
  public void exactScores(float[] unit, float[] out) {
    for (int r = 0, n = size(); r < n; r++) {
      out[r] = dot(r, unit);
    }
  }

  /**
   * Four independent accumulators let the CPU overlap the multiply-adds; the JIT does not vectorise
   * a floating-point reduction on its own.
   */
  private float dot(int row, float[] unit) {
    int d = dimension;
    int base = row * d;
    int blocked = d & ~3;
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
    return (s0 + s1) + (s2 + s3);
  }

  private static int[] bestSlots(float[] slotBest, int limit) {
    int[] top = new int[Math.min(limit, slotBest.length)];
    int filled = 0;
    for (int s = 0; s < slotBest.length; s++) {
      float v = slotBest[s];
      if (v == Float.NEGATIVE_INFINITY
          || (filled == top.length && v <= slotBest[top[filled - 1]])) {
        continue;
      }
      int at = filled == top.length ? filled - 1 : filled++;
      while (at > 0 && slotBest[top[at - 1]] < v) {
        top[at] = top[at - 1];
        at--;
      }
      top[at] = s;
    }
    return Arrays.copyOf(top, filled);
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

  public static float[] normalised(float[] vector) {
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
