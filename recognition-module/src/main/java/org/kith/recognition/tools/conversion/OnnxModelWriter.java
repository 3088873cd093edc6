package org.kith.recognition.tools.conversion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Encodes an {@link OnnxGraph} as an ONNX ModelProto (IR 7, opset 13) with onnx.proto's fields. */
final class OnnxModelWriter {
  static final int IR_VERSION = 7;
  static final int OPSET = 13;

  private OnnxModelWriter() {}

  static byte[] encode(OnnxGraph graph, String name, Map<String, String> metadata) {
    ProtoWriter g = new ProtoWriter();
    for (OnnxGraph.Node node : graph.nodes) {
      g.message(1, node(node));
    }
    g.string(2, name);
    for (OnnxGraph.Initializer init : graph.initializers) {
      ProtoWriter t = new ProtoWriter();
      for (long dim : init.dims()) {
        t.varint(1, dim);
      }
      t.varint(2, init.dataType()).string(8, init.name()).bytes(9, init.raw());
      g.message(5, t);
    }
    for (OnnxGraph.Value input : graph.inputs) {
      g.message(11, value(input));
    }
    for (OnnxGraph.Value output : graph.outputs) {
      g.message(12, value(output));
    }
    ProtoWriter model = new ProtoWriter();
    model.varint(1, IR_VERSION).string(2, "kith-tfjs-converter").string(3, "1");
    model.message(7, g);
    model.message(8, new ProtoWriter().string(1, "").varint(2, OPSET));
    metadata.forEach(
        (key, value) -> model.message(14, new ProtoWriter().string(1, key).string(2, value)));
    return model.toByteArray();
  }

  static void write(OnnxGraph graph, String name, Map<String, String> metadata, Path file)
      throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, encode(graph, name, metadata));
  }

  private static ProtoWriter node(OnnxGraph.Node node) {
    ProtoWriter n = new ProtoWriter();
    node.inputs().forEach(i -> n.string(1, i));
    node.outputs().forEach(o -> n.string(2, o));
    n.string(3, node.outputs().get(0) + "/" + node.op());
    n.string(4, node.op());
    for (OnnxAttribute a : node.attrs()) {
      ProtoWriter p = new ProtoWriter().string(1, a.name());
      switch (a.type()) {
        case OnnxAttribute.FLOAT -> p.fixed32(2, a.f());
        case OnnxAttribute.INT -> p.varint(3, a.i());
        case OnnxAttribute.STRING -> p.string(4, a.s());
        case OnnxAttribute.INTS -> {
          for (long v : a.ints()) {
            p.varint(8, v);
          }
        }
        default -> throw new IllegalArgumentException("attribute type " + a.type());
      }
      p.varint(20, a.type());
      n.message(5, p);
    }
    return n;
  }

  private static ProtoWriter value(OnnxGraph.Value value) {
    ProtoWriter shape = new ProtoWriter();
    if (value.dims() != null) {
      for (long dim : value.dims()) {
        shape.message(
            1, dim >= 0 ? new ProtoWriter().varint(1, dim) : new ProtoWriter().string(2, "batch"));
      }
    }
    ProtoWriter tensor = new ProtoWriter().varint(1, OnnxGraph.FLOAT);
    if (value.dims() != null) {
      tensor.message(2, shape);
    }
    return new ProtoWriter()
        .string(1, value.name())
        .message(2, new ProtoWriter().message(1, tensor));
  }
}
