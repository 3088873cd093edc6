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
  // 0, 1, …, n − 1: an exact scan goes through the same eight-row kernel as the kept rows of a
  // sketch pass, made once here rather than on every probe.
  private final int[] everyRow;

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
    this.everyRow = new int[personIds.length];
    Arrays.setAll(everyRow, r -> r);
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

  /** Receives the similarity of each row a probe was compared with. */
  @FunctionalInterface
  public interface RowVisitor {
    void row(int row, float similarity);
  }

  /**
   * Cosine similarity of the probe with every row, into {@code out} (length {@link #size()}); on a
   * {@linkplain #prefiltered() prefiltered} matrix, rows not compared get negative infinity.
   */
  public void scores(float[] probe, float[] out) {
    Arrays.fill(out, Float.NEGATIVE_INFINITY);
    compare(probe, (row, similarity) -> out[row] = similarity);
  }

  /**
   * Hands each row the probe was compared with, once, to the visitor: every row of a small matrix;
   * on a {@linkplain #prefiltered() prefiltered} one, the rows the sketch pass keeps and every row
   * of the persons who come out best, so a caller reads only those and not the whole matrix.
   */
  public void compare(float[] probe, RowVisitor visitor) {
    if (probe.length != dimension) {
      throw new IllegalArgumentException("probe has another dimension than this model's templates");
    }
    float[] unit = normalised(probe);
    if (sketches == null) {
      float[] out = new float[size()];
      exactScores(unit, out);
      for (int r = 0; r < out.length; r++) {
        visitor.row(r, out[r]);
      }
      return;
    }
    int n = size();
    long[] sketch = sketcher.sketch(unit);
    // Distances fit a short (0..256); half the memory of an int keeps the pass in cache.
    short[] distance = new short[n];
    int[] histogram = new int[AngleSketch.BITS + 1];
    for (int r = 0; r < n; r++) {
      int d = AngleSketch.distance(sketches, r, sketch);
      distance[r] = (short) d;
      histogram[d]++;
    }
    int wanted = candidates(n);
    int cutoff = 0;
    int kept = histogram[0];
    while (kept < wanted && cutoff < AngleSketch.BITS) {
      kept += histogram[++cutoff];
    }
    int[] picked = new int[kept];
    int count = 0;
    for (int r = 0; r < n; r++) {
      if (distance[r] <= cutoff) {
        picked[count++] = r;
      }
    }
    float[] similarity = new float[count];
    dots(picked, count, unit, similarity);
    float[] slotBest = new float[persons()];
    Arrays.fill(slotBest, Float.NEGATIVE_INFINITY);
    // The persons the kept rows belong to, so choosing the best few need not visit every person.
    int[] touched = new int[count];
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      int slot = personSlots[picked[i]];
      if (slotBest[slot] == Float.NEGATIVE_INFINITY) {
        touched[distinct++] = slot;
      }
      slotBest[slot] = Math.max(slotBest[slot], similarity[i]);
      visitor.row(picked[i], similarity[i]);
    }
    // The persons who can be named: every one of their rows exactly, for the second-best too.
    for (int slot : bestSlots(slotBest, touched, distinct, FOLLOW_UP_PERSONS)) {
      for (int i = slotStart[slot]; i < slotStart[slot + 1]; i++) {
        int r = slotRows[i];
        if (distance[r] > cutoff) {
          visitor.row(r, dot(r, unit));
        }
      }
    }
  }

  /** How many rows the sketch pass keeps: a fixed floor plus a small share of a large gallery. */
  static int candidates(int rows) {
    return 256 + rows / 128;
  }

  /** Exact cosine similarities of a unit probe with every row. */
  public void exactScores(float[] unit, float[] out) {
    dots(everyRow, size(), unit, out);
  }

  /**
   * Similarities of the unit probe with rows {@code rows[0..count)}, into {@code out[0..count)}.
   * Eight rows at a time: the rows a sketch pass keeps lie scattered over memory, and eight
   * independent streams let the CPU fetch them in parallel instead of waiting for one row after
   * another (the JIT does not vectorise a floating-point reduction on its own). Every path sums in
   * the same order, so a row scores exactly the same whichever way it was reached.
   */
  private void dots(int[] rows, int count, float[] unit, float[] out) {
    int i = 0;
    for (; i + 8 <= count; i += 8) {
      dot8(rows, i, unit, out);
    }
    for (; i < count; i++) {
      out[i] = dot(rows[i], unit);
    }
  }

  private void dot8(int[] picked, int at, float[] unit, float[] out) {
    int d = dimension;
    int b0 = picked[at] * d;
    int b1 = picked[at + 1] * d;
    int b2 = picked[at + 2] * d;
    int b3 = picked[at + 3] * d;
    int b4 = picked[at + 4] * d;
    int b5 = picked[at + 5] * d;
    int b6 = picked[at + 6] * d;
    int b7 = picked[at + 7] * d;
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    float s4 = 0;
    float s5 = 0;
    float s6 = 0;
    float s7 = 0;
    for (int k = 0; k < d; k++) {
      float u = unit[k];
      s0 += rows[b0 + k] * u;
      s1 += rows[b1 + k] * u;
      s2 += rows[b2 + k] * u;
      s3 += rows[b3 + k] * u;
      s4 += rows[b4 + k] * u;
      s5 += rows[b5 + k] * u;
      s6 += rows[b6 + k] * u;
      s7 += rows[b7 + k] * u;
    }
    out[at] = s0;
    out[at + 1] = s1;
    out[at + 2] = s2;
    out[at + 3] = s3;
    out[at + 4] = s4;
    out[at + 5] = s5;
    out[at + 6] = s6;
    out[at + 7] = s7;
  }

  /** One row, summed in the same order as {@link #dot8}. */
  private float dot(int row, float[] unit) {
    int base = row * dimension;
    float s = 0;
    for (int k = 0; k < dimension; k++) {
      s += rows[base + k] * unit[k];
    }
    return s;
  }

  /** The {@code limit} slots among {@code slots[0..count)} with the highest {@code slotBest}. */
  private static int[] bestSlots(float[] slotBest, int[] slots, int count, int limit) {
    int[] top = new int[Math.min(limit, count)];
    int filled = 0;
    for (int i = 0; i < count; i++) {
      int s = slots[i];
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

  /** How many templates the person in this slot has. */
  public int templatesOf(int slot) {
    return slotStart[slot + 1] - slotStart[slot];
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
