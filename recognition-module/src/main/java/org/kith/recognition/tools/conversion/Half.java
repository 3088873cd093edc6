package org.kith.recognition.tools.conversion;

/** IEEE 754 half precision to float; Java 17 has no Float.float16ToFloat yet. */
final class Half {
  private Half() {}

  static float toFloat(short bits) {
    int h = bits & 0xffff;
    int sign = (h & 0x8000) << 16;
    int exponent = (h >>> 10) & 0x1f;
    int mantissa = h & 0x3ff;
    if (exponent == 0) {
      // zero or subnormal: mantissa * 2^-24
      float value = mantissa * 0x1p-24f;
      return sign == 0 ? value : -value;
    }
    if (exponent == 31) {
      return Float.intBitsToFloat(sign | 0x7f800000 | (mantissa << 13));
    }
    return Float.intBitsToFloat(sign | ((exponent - 15 + 127) << 23) | (mantissa << 13));
  }
}
