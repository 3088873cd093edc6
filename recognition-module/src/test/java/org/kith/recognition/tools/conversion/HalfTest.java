package org.kith.recognition.tools.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** float16 weights decode to the values IEEE 754 defines, subnormals and signs included. */
class HalfTest {
  @Test
  void decodesNormalSubnormalAndSpecialValues() {
    assertEquals(1.0f, Half.toFloat((short) 0x3c00));
    assertEquals(-2.0f, Half.toFloat((short) 0xc000));
    assertEquals(65504f, Half.toFloat((short) 0x7bff));
    assertEquals(0x1p-24f, Half.toFloat((short) 0x0001));
    assertEquals(-0.0f, Half.toFloat((short) 0x8000));
    assertEquals(Float.POSITIVE_INFINITY, Half.toFloat((short) 0x7c00));
    assertEquals(0.333251953125f, Half.toFloat((short) 0x3555));
  }
}
