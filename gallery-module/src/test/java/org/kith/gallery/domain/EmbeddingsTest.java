package org.kith.gallery.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EmbeddingsTest {
  @Test
  void roundTripsExactlyAsLittleEndianFloats() {
    float[] v = {1.5f, -0.25f, Float.MIN_VALUE, 3e7f};
    byte[] bytes = Embeddings.toBytes(v);
    assertEquals(16, bytes.length);
    assertEquals(0x3f, bytes[3] & 0xff, "1.5f is 0x3fc00000, little-endian");
    assertArrayEquals(v, Embeddings.fromBytes(bytes, 4));
  }

  @Test
  void bytesOfAnotherDimensionAreRefused() {
    assertThrows(IllegalStateException.class, () -> Embeddings.fromBytes(new byte[12], 4));
  }
}
