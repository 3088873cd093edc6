package org.kith.recognition.tools.conversion;

/** One ONNX node attribute; the type codes are AttributeProto.AttributeType's. */
record OnnxAttribute(String name, int type, long i, float f, String s, long[] ints) {
  static final int FLOAT = 1;
  static final int INT = 2;
  static final int STRING = 3;
  static final int INTS = 7;

  static OnnxAttribute of(String name, long value) {
    return new OnnxAttribute(name, INT, value, 0, null, null);
  }

  static OnnxAttribute of(String name, float value) {
    return new OnnxAttribute(name, FLOAT, 0, value, null, null);
  }

  static OnnxAttribute of(String name, String value) {
    return new OnnxAttribute(name, STRING, 0, 0, value, null);
  }

  static OnnxAttribute of(String name, long... values) {
    return new OnnxAttribute(name, INTS, 0, 0, null, values.clone());
  }
}
