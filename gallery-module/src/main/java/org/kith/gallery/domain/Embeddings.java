package org.kith.gallery.domain;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The stored form of an embedding: IEEE-754 floats, little-endian, nothing else. */
public final class Embeddings {
  private Embeddings() {}

  public static byte[] toBytes(float[] vector) {
    ByteBuffer buffer =
        ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    buffer.asFloatBuffer().put(vector);
    return buffer.array();
  }

  /** Refuses bytes whose length does not match the dimension instead of guessing. */
  public static float[] fromBytes(byte[] bytes, int dimension) {
    if (bytes.length != dimension * Float.BYTES) {
      throw new IllegalStateException(
          "embedding has "
              + bytes.length
              + " bytes, dimension "
              + dimension
              + " needs "
              + dimension * Float.BYTES);
    }
    float[] vector = new float[dimension];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
    return vector;
  }
}
