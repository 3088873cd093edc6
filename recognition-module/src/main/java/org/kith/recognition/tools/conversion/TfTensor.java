package org.kith.recognition.tools.conversion;

import java.util.Arrays;

/** A constant of a TF.js graph model, dequantised: floats for DT_FLOAT, ints for DT_INT32. */
record TfTensor(long[] shape, float[] floats, int[] ints) {
  boolean isFloat() {
    return floats != null;
  }

  long[] longs() {
    if (ints == null) {
      throw new ConversionException("expected an int32 constant, found float " + this);
    }
    return Arrays.stream(ints).asLongStream().toArray();
  }

  @Override
  public String toString() {
    return "tensor" + Arrays.toString(shape);
  }
}
