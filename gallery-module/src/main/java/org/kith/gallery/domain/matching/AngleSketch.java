package org.kith.gallery.domain.matching;

import java.util.Random;

/**
 * 256-bit sign-of-random-projection sketches (Charikar's SimHash) of unit vectors: the Hamming
 * distance of two sketches estimates the angle between the vectors. A large gallery is first ranked
 * by sketch distance, which costs four XOR-and-popcounts a row instead of a full dot product, and
 * only the closest rows are then compared exactly.
 *
 * <p>Face embeddings are not centred (every face of a model lies in one narrow cone), so the
 * projections are taken around the gallery's own mean; otherwise most bits would be equal for
 * everyone and say nothing. The mean is fixed when the sketch is fitted and kept for rows added
 * later, so existing sketches never need recomputing.
 */
final class AngleSketch {
  static final int BITS = 256;
  static final int WORDS = BITS / Long.SIZE;

  private final int dimension;
  private final float[] centre;
  // BITS random hyperplanes, row-major; a fixed seed makes a gallery's sketches reproducible.
  private final float[] planes;

  private AngleSketch(int dimension, float[] centre) {
    this.dimension = dimension;
    this.centre = centre;
    this.planes = new float[BITS * dimension];
    Random random = new Random(0x6b697468L + dimension);
    for (int i = 0; i < planes.length; i++) {
      planes[i] = (float) random.nextGaussian();
    }
  }

  /** A sketch centred on the mean of the first {@code count} rows. */
  static AngleSketch fit(float[] rows, int count, int dimension) {
    float[] mean = new float[dimension];
    for (int r = 0; r < count; r++) {
      int base = r * dimension;
      for (int k = 0; k < dimension; k++) {
        mean[k] += rows[base + k];
      }
    }
    for (int k = 0; k < dimension; k++) {
      mean[k] /= Math.max(1, count);
    }
    return new AngleSketch(dimension, mean);
  }

  /** Sketches rows {@code [from, to)} of {@code rows} into {@code out} at the same row numbers. */
  void sketchRows(float[] rows, int from, int to, long[] out) {
    for (int r = from; r < to; r++) {
      sketch(rows, r * dimension, out, r * WORDS);
    }
  }

  /** The sketch of one vector. */
  long[] sketch(float[] vector) {
    long[] out = new long[WORDS];
    sketch(vector, 0, out, 0);
    return out;
  }

  private void sketch(float[] source, int offset, long[] out, int outOffset) {
    float[] centred = new float[dimension];
    for (int k = 0; k < dimension; k++) {
      centred[k] = source[offset + k] - centre[k];
    }
    for (int w = 0; w < WORDS; w++) {
      long word = 0;
      for (int b = 0; b < Long.SIZE; b++) {
        int plane = (w * Long.SIZE + b) * dimension;
        float s = 0;
        for (int k = 0; k < dimension; k++) {
          s += planes[plane + k] * centred[k];
        }
        if (s >= 0) {
          word |= 1L << b;
        }
      }
      out[outOffset + w] = word;
    }
  }

  static int distance(long[] sketches, int row, long[] probe) {
    int base = row * WORDS;
    return Long.bitCount(sketches[base] ^ probe[0])
        + Long.bitCount(sketches[base + 1] ^ probe[1])
        + Long.bitCount(sketches[base + 2] ^ probe[2])
        + Long.bitCount(sketches[base + 3] ^ probe[3]);
  }
}
