package org.kith.recognition.tools.conversion;

import static org.kith.recognition.tools.conversion.OnnxAttribute.of;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a TF.js graph (NHWC) to ONNX opset 13. Tensors keep TensorFlow's NHWC layout everywhere;
 * only convolutions and pooling, which ONNX defines on NCHW, are wrapped in transposes. ONNX
 * Runtime's optimiser cancels the back-to-back pairs, and every other op keeps TF's axis meaning.
 */
public final class TfjsToOnnxConverter {
  private static final long[] TO_NCHW = {0, 3, 1, 2};
  private static final long[] TO_NHWC = {0, 2, 3, 1};

  private final TfjsGraphModel model;
  private final OnnxGraph graph = new OnnxGraph();
  private final Map<String, TfTensor> constants = new HashMap<>();
  private final Set<String> materialised = new HashSet<>();

  private TfjsToOnnxConverter(TfjsGraphModel model) {
    this.model = model;
  }

  /** Output name → TF tensor for a model: its signature, else the nodes nothing consumes. */
  public static Map<String, String> outputsOf(TfjsGraphModel model) {
    if (!model.signatureOutputs().isEmpty()) {
      return model.signatureOutputs();
    }
    Set<String> consumed = new HashSet<>();
    model.nodes().forEach(n -> n.inputs().forEach(i -> consumed.add(i.split(":")[0])));
    Map<String, String> outputs = new LinkedHashMap<>();
    for (TfNode node : model.nodes()) {
      if (!consumed.contains(node.name()) && !node.op().equals("Const")) {
        outputs.put(node.name(), node.name());
      }
    }
    return outputs;
  }

  public static OnnxGraph convert(TfjsGraphModel model) {
    return new TfjsToOnnxConverter(model).run();
  }

  private OnnxGraph run() {
    model.nodes().forEach(n -> graph.reserve(n.name()));
    for (TfNode node : model.nodes()) {
      try {
        map(node);
      } catch (RuntimeException e) {
        throw new ConversionException(
            "node " + node.name() + " (" + node.op() + "): " + e.getMessage());
      }
    }
    for (Map.Entry<String, String> output : outputsOf(model).entrySet()) {
      String tensor = output.getValue();
      if (!tensor.equals(output.getKey())) {
        graph.node("Identity", List.of(tensor), output.getKey());
      }
      graph.outputs.add(new OnnxGraph.Value(output.getKey(), null));
    }
    return graph;
  }

  private void map(TfNode n) {
    List<String> in = n.inputs();
    switch (n.op()) {
      case "Const" -> {
        TfTensor value = model.weights().get(n.name());
        if (value == null) {
          throw new ConversionException("constant without weights");
        }
        constants.put(n.name(), value);
      }
      case "Placeholder" -> {
        long[] dims =
            n.attrs().getJsonObject("shape").getJsonObject("shape").getJsonArray("dim").stream()
                .mapToLong(
                    d -> Long.parseLong(d.asJsonObject().get("size").toString().replace("\"", "")))
                .toArray();
        graph.inputs.add(new OnnxGraph.Value(n.name(), dims));
      }
      case "Identity" -> graph.node("Identity", List.of(data(in.get(0))), n.name());
      case "Add", "AddV2", "BiasAdd" -> binary("Add", n);
      case "Sub" -> binary("Sub", n);
      case "Mul" -> binary("Mul", n);
      case "RealDiv" -> binary("Div", n);
      case "Maximum" -> binary("Max", n);
      case "Minimum" -> binary("Min", n);
      case "Prelu" -> binary("PRelu", n);
      case "Abs", "Relu", "Sigmoid", "Tanh", "Exp", "Sqrt", "Neg" ->
          graph.node(n.op(), List.of(data(in.get(0))), n.name());
      case "Relu6" -> activation("Relu6", data(in.get(0)), null, n.name());
      case "Softmax" -> graph.node("Softmax", List.of(data(in.get(0))), n.name(), of("axis", -1L));
      case "Square" -> {
        String x = data(in.get(0));
        graph.node("Mul", List.of(x, x), n.name());
      }
      case "Rsqrt" -> {
        String sqrt = graph.node("Sqrt", List.of(data(in.get(0))), graph.fresh(n.name()));
        graph.node("Reciprocal", List.of(sqrt), n.name());
      }
      case "Conv2D", "_FusedConv2D" -> convolution(n, false);
      case "DepthwiseConv2dNative", "FusedDepthwiseConv2dNative" -> convolution(n, true);
      case "MaxPool", "AvgPool" -> pool(n);
      case "Pad", "PadV2", "MirrorPad" -> pad(n);
      case "Reshape" ->
          graph.node(
              "Reshape",
              List.of(
                  data(in.get(0)), graph.longs(n.name() + "/shape", constant(in.get(1)).longs())),
              n.name());
      case "Squeeze" -> {
        long[] axes = n.ints("squeeze_dims");
        List<String> args =
            axes.length == 0
                ? List.of(data(in.get(0)))
                : List.of(data(in.get(0)), graph.longs(n.name() + "/axes", axes));
        graph.node("Squeeze", args, n.name());
      }
      case "Mean", "Sum", "Max" -> reduce(n);
      case "MatMul", "_FusedMatMul" -> matMul(n);
      case "ConcatV2" -> {
        int count = in.size() - 1;
        long axis = constant(in.get(count)).longs()[0];
        graph.node(
            "Concat",
            in.subList(0, count).stream().map(this::data).toList(),
            n.name(),
            of("axis", axis));
      }
      case "ResizeBilinear", "ResizeNearestNeighbor" -> resize(n);
      case "DepthToSpace" -> {
        String nchw = toNchw(data(in.get(0)), n.name());
        String out =
            graph.node(
                "DepthToSpace",
                List.of(nchw),
                graph.fresh(n.name()),
                of("blocksize", n.integer("block_size", 2)),
                of("mode", "DCR"));
        graph.node("Transpose", List.of(out), n.name(), of("perm", TO_NHWC));
      }
      default -> throw new ConversionException("unsupported TensorFlow op " + n.op());
    }
  }

  private void binary(String op, TfNode n) {
    graph.node(op, List.of(data(n.inputs().get(0)), data(n.inputs().get(1))), n.name());
  }

  /** A constant's value at conversion time (shapes, axes, paddings, kernels). */
  private TfTensor constant(String ref) {
    TfTensor value = constants.get(ref.split(":")[0]);
    if (value == null) {
      throw new ConversionException(ref + " must be a constant");
    }
    return value;
  }

  /**
   * The ONNX tensor for a TF input; a constant becomes an initializer the first time it is used.
   */
  private String data(String ref) {
    String name = ref.endsWith(":0") ? ref.substring(0, ref.length() - 2) : ref;
    TfTensor value = constants.get(name);
    if (value != null && materialised.add(name)) {
      if (value.isFloat()) {
        graph.floats(name, value.shape(), value.floats());
      } else {
        graph.longs(name, value.shape(), value.longs());
      }
    }
    return name;
  }

  private String toNchw(String x, String base) {
    return graph.node("Transpose", List.of(x), graph.fresh(base + "/nchw"), of("perm", TO_NCHW));
  }

  private void convolution(TfNode n, boolean depthwise) {
    if (!n.string("data_format", "NHWC").equals("NHWC")) {
      throw new ConversionException("only NHWC convolutions are supported");
    }
    List<String> in = n.inputs();
    TfTensor filter = constant(in.get(1));
    long[] s = filter.shape(); // HWIO, or H W In Multiplier for depthwise
    int kh = (int) s[0];
    int kw = (int) s[1];
    int cin = (int) s[2];
    int cout = depthwise ? cin * (int) s[3] : (int) s[3];
    float[] hwio = filter.floats();
    float[] oihw = new float[hwio.length];
    int inPerGroup = depthwise ? 1 : cin;
    for (int y = 0; y < kh; y++) {
      for (int x = 0; x < kw; x++) {
        for (int i = 0; i < cin; i++) {
          for (int o = 0; o < (int) s[3]; o++) {
            float v = hwio[((y * kw + x) * cin + i) * (int) s[3] + o];
            int outChannel = depthwise ? i * (int) s[3] + o : o;
            int inChannel = depthwise ? 0 : i;
            oihw[((outChannel * inPerGroup + inChannel) * kh + y) * kw + x] = v;
          }
        }
      }
    }
    String weights =
        graph.floats(
            graph.fresh(n.name() + "/kernel"), new long[] {cout, inPerGroup, kh, kw}, oihw);
    List<String> fused = n.strings("fused_ops");
    List<String> args = new ArrayList<>(List.of(toNchw(data(in.get(0)), n.name()), weights));
    int next = 2;
    if (!fused.isEmpty()) {
      if (!fused.get(0).equals("BiasAdd")) {
        throw new ConversionException("fused_ops " + fused + " (only BiasAdd first is supported)");
      }
      args.add(data(in.get(next++)));
    }
    long[] strides = n.ints("strides");
    long[] dilations = n.ints("dilations");
    List<OnnxAttribute> attrs =
        new ArrayList<>(
            List.of(
                of("kernel_shape", kh, kw),
                of("strides", strides[1], strides[2]),
                of(
                    "dilations",
                    dilations.length == 4 ? dilations[1] : 1,
                    dilations.length == 4 ? dilations[2] : 1),
                of("group", depthwise ? (long) cin : 1L)));
    attrs.add(padding(n));
    String conv =
        graph.node(
            "Conv", args, graph.fresh(n.name() + "/conv"), attrs.toArray(OnnxAttribute[]::new));
    String activation = fused.size() > 1 ? fused.get(1) : null;
    String nhwc =
        graph.node(
            "Transpose",
            List.of(conv),
            activation == null ? n.name() : graph.fresh(n.name() + "/nhwc"),
            of("perm", TO_NHWC));
    if (activation != null) {
      activation(activation, nhwc, next < in.size() ? in.get(next) : null, n.name());
    }
  }

  private void activation(String op, String x, String alpha, String out) {
    switch (op) {
      case "Relu" -> graph.node("Relu", List.of(x), out);
      case "Relu6" ->
          graph.node(
              "Clip",
              List.of(x, graph.scalar(out + "/min", 0f), graph.scalar(out + "/max", 6f)),
              out);
      case "Prelu" -> graph.node("PRelu", List.of(x, data(alpha)), out);
      case "Elu" -> graph.node("Elu", List.of(x), out);
      case "Sigmoid" -> graph.node("Sigmoid", List.of(x), out);
      default -> throw new ConversionException("unsupported fused activation " + op);
    }
  }

  /** TF's SAME puts the odd pixel of padding at the end, which is ONNX's SAME_UPPER. */
  private OnnxAttribute padding(TfNode n) {
    String padding = n.string("padding", "VALID");
    return switch (padding) {
      case "SAME" -> of("auto_pad", "SAME_UPPER");
      case "VALID" -> of("pads", 0, 0, 0, 0);
      case "EXPLICIT" -> {
        long[] p = n.ints("explicit_paddings");
        yield of("pads", p[2], p[4], p[3], p[5]);
      }
      default -> throw new ConversionException("padding " + padding);
    };
  }

  private void pool(TfNode n) {
    long[] k = n.ints("ksize");
    long[] s = n.ints("strides");
    String op = n.op().equals("MaxPool") ? "MaxPool" : "AveragePool";
    List<OnnxAttribute> attrs =
        new ArrayList<>(
            List.of(of("kernel_shape", k[1], k[2]), of("strides", s[1], s[2]), padding(n)));
    if (op.equals("AveragePool")) {
      attrs.add(of("count_include_pad", 0L)); // TF averages only over real pixels
    }
    String pooled =
        graph.node(
            op,
            List.of(toNchw(data(n.inputs().get(0)), n.name())),
            graph.fresh(n.name() + "/pool"),
            attrs.toArray(OnnxAttribute[]::new));
    graph.node("Transpose", List.of(pooled), n.name(), of("perm", TO_NHWC));
  }

  private void pad(TfNode n) {
    long[] p = constant(n.inputs().get(1)).longs();
    int rank = p.length / 2;
    long[] pads = new long[p.length];
    for (int d = 0; d < rank; d++) {
      pads[d] = p[2 * d];
      pads[rank + d] = p[2 * d + 1];
    }
    List<String> args =
        new ArrayList<>(List.of(data(n.inputs().get(0)), graph.longs(n.name() + "/pads", pads)));
    String mode = "constant";
    if (n.op().equals("PadV2")) {
      args.add(data(n.inputs().get(2)));
    } else if (n.op().equals("MirrorPad")) {
      mode = n.string("mode", "REFLECT").equals("REFLECT") ? "reflect" : "edge";
    }
    graph.node("Pad", args, n.name(), of("mode", mode));
  }

  private void reduce(TfNode n) {
    long[] axes = constant(n.inputs().get(1)).longs();
    long keep = n.bool("keep_dims") ? 1 : 0;
    String x = data(n.inputs().get(0));
    switch (n.op()) {
      // opset 13 moved ReduceSum's axes to an input; ReduceMean and ReduceMax keep the attribute
      case "Sum" ->
          graph.node(
              "ReduceSum",
              List.of(x, graph.longs(n.name() + "/axes", axes)),
              n.name(),
              of("keepdims", keep));
      case "Mean" ->
          graph.node("ReduceMean", List.of(x), n.name(), of("axes", axes), of("keepdims", keep));
      default ->
          graph.node("ReduceMax", List.of(x), n.name(), of("axes", axes), of("keepdims", keep));
    }
  }

  private void matMul(TfNode n) {
    List<String> in = n.inputs();
    if (n.bool("transpose_a")) {
      throw new ConversionException("transpose_a is not supported");
    }
    String b;
    if (n.bool("transpose_b")) {
      TfTensor w = constant(in.get(1));
      int rows = (int) w.shape()[0];
      int cols = (int) w.shape()[1];
      float[] t = new float[w.floats().length];
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          t[c * rows + r] = w.floats()[r * cols + c];
        }
      }
      b = graph.floats(graph.fresh(n.name() + "/kernel"), new long[] {cols, rows}, t);
    } else {
      b = data(in.get(1));
    }
    List<String> fused = n.strings("fused_ops");
    if (fused.isEmpty()) {
      graph.node("MatMul", List.of(data(in.get(0)), b), n.name());
      return;
    }
    if (!fused.get(0).equals("BiasAdd")) {
      throw new ConversionException("fused_ops " + fused);
    }
    String product =
        graph.node("MatMul", List.of(data(in.get(0)), b), graph.fresh(n.name() + "/matmul"));
    String activation = fused.size() > 1 ? fused.get(1) : null;
    String biased =
        graph.node(
            "Add",
            List.of(product, data(in.get(2))),
            activation == null ? n.name() : graph.fresh(n.name() + "/bias"));
    if (activation != null) {
      activation(activation, biased, in.size() > 3 ? in.get(3) : null, n.name());
    }
  }

  private void resize(TfNode n) {
    long[] size = constant(n.inputs().get(1)).longs();
    String mode;
    if (n.bool("align_corners")) {
      mode = "align_corners";
    } else if (n.bool("half_pixel_centers")) {
      mode = n.op().equals("ResizeBilinear") ? "half_pixel" : "tf_half_pixel_for_nn";
    } else {
      mode = "asymmetric";
    }
    String nchw = toNchw(data(n.inputs().get(0)), n.name());
    String shape = graph.node("Shape", List.of(nchw), graph.fresh(n.name() + "/shape"));
    String batchAndChannels =
        graph.node(
            "Slice",
            List.of(shape, graph.longs(n.name() + "/start", 0), graph.longs(n.name() + "/end", 2)),
            graph.fresh(n.name() + "/nc"));
    String sizes =
        graph.node(
            "Concat",
            List.of(batchAndChannels, graph.longs(n.name() + "/hw", size)),
            graph.fresh(n.name() + "/sizes"),
            of("axis", 0L));
    String roi = graph.floats(graph.fresh(n.name() + "/roi"), new long[] {0}, new float[0]);
    String scales = graph.floats(graph.fresh(n.name() + "/scales"), new long[] {0}, new float[0]);
    String resized =
        graph.node(
            "Resize",
            List.of(nchw, roi, scales, sizes),
            graph.fresh(n.name() + "/resized"),
            of("mode", n.op().equals("ResizeBilinear") ? "linear" : "nearest"),
            of("coordinate_transformation_mode", mode),
            of("nearest_mode", n.op().equals("ResizeBilinear") ? "round_prefer_floor" : "floor"));
    graph.node("Transpose", List.of(resized), n.name(), of("perm", TO_NHWC));
  }
}
