package org.kith.recognition.tools.conversion;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An ONNX graph under construction: nodes in topological order, initializers, inputs, outputs. */
final class OnnxGraph {
  static final int FLOAT = 1;
  static final int INT64 = 7;

  record Node(String op, List<String> inputs, List<String> outputs, List<OnnxAttribute> attrs) {}

  record Initializer(String name, int dataType, long[] dims, byte[] raw) {}

  /** A graph input or output; a negative dimension is symbolic (the batch). */
  record Value(String name, long[] dims) {}

  final List<Node> nodes = new ArrayList<>();
  final List<Initializer> initializers = new ArrayList<>();
  final List<Value> inputs = new ArrayList<>();
  final List<Value> outputs = new ArrayList<>();
  private final Set<String> names = new HashSet<>();
  private int counter;

  /** A tensor name no TF node uses, for the helper tensors the mapping introduces. */
  String fresh(String base) {
    String name;
    do {
      name = base + "__" + counter++;
    } while (!names.add(name));
    return name;
  }

  void reserve(String name) {
    names.add(name);
  }

  String node(String op, List<String> in, String out, OnnxAttribute... attrs) {
    nodes.add(new Node(op, List.copyOf(in), List.of(out), List.of(attrs)));
    return out;
  }

  String floats(String name, long[] dims, float[] values) {
    ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    buffer.asFloatBuffer().put(values);
    initializers.add(new Initializer(name, FLOAT, dims.clone(), buffer.array()));
    return name;
  }

  String longs(String name, long[] dims, long[] values) {
    ByteBuffer buffer = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    buffer.asLongBuffer().put(values);
    initializers.add(new Initializer(name, INT64, dims.clone(), buffer.array()));
    return name;
  }

  String longs(String base, long... values) {
    return longs(fresh(base), new long[] {values.length}, values);
  }

  String scalar(String base, float value) {
    return floats(fresh(base), new long[0], new float[] {value});
  }
}
