package org.kith.recognition.tools.conversion;

import static org.kith.recognition.tools.conversion.OnnxAttribute.of;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The architecture of face-api's {@code FaceRecognitionNet} (its port of dlib's ResNet-34 face
 * descriptor, {@code dlib_face_recognition_resnet_model_v1}), written out as an ONNX graph around
 * the weights-only TF.js model. It follows {@code src/faceRecognitionNet/*.ts} of
 * {@code @vladmandic/face-api} 1.7.15 layer by layer:
 *
 * <ul>
 *   <li>input: an RGB chip, 150 × 150, values 0..255; the graph subtracts the mean RGB [122.782,
 *       117.001, 104.298] and divides by 255, as {@code forwardInput} does;
 *   <li>a conv layer is conv + bias, then dlib's affine "scale" layer ({@code x·w + b}), then ReLU
 *       unless it closes a residual block;
 *   <li>7 × 7 / 2 valid conv to 32 channels, 3 × 3 / 2 valid max-pool, residual stages 32 (×3), 64
 *       (down + ×3), 128 (down + ×2), 256 (down + ×2, down);
 *   <li>a down block adds a 2 × 2 / 2 average-pool of its input, zero-padded in channels (and the
 *       conv path zero-padded by one row and column where the sizes differ, as dlib's {@code
 *       add_prev} does);
 *   <li>global average pooling, then a 256 × 128 fully connected layer without bias: the 128-D
 *       descriptor (not normalised; dlib compares descriptors by Euclidean distance).
 * </ul>
 *
 * The graph runs in NCHW; only the input is transposed.
 */
public final class DlibResNetArchitecture {
  /** The chip side the network was trained on. */
  public static final int SIZE = 150;

  static final float[] MEAN_RGB = {122.782f, 117.001f, 104.298f};
  static final float DIVISOR = 255f;
  static final String INPUT = "chip";
  static final String OUTPUT = "descriptor";

  private final Map<String, TfTensor> weights;
  private final OnnxGraph graph = new OnnxGraph();
  private final List<String> used = new ArrayList<>();

  /** Current activation: name, channels, height, width (static; the input size is fixed). */
  private String x;

  private long channels;
  private long height;
  private long width;

  private DlibResNetArchitecture(Map<String, TfTensor> weights) {
    this.weights = weights;
  }

  /** The ONNX graph for face-api's face recognition weights; every weight must be used. */
  public static OnnxGraph build(Map<String, TfTensor> weights) {
    return new DlibResNetArchitecture(weights).run();
  }

  private OnnxGraph run() {
    graph.inputs.add(new OnnxGraph.Value(INPUT, new long[] {-1, SIZE, SIZE, 3}));
    String centred =
        graph.node(
            "Sub",
            List.of(INPUT, graph.floats("mean_rgb", new long[] {3}, MEAN_RGB)),
            graph.fresh("centred"));
    String scaled =
        graph.node(
            "Div", List.of(centred, graph.scalar("divisor", DIVISOR)), graph.fresh("scaled"));
    x =
        graph.node(
            "Transpose", List.of(scaled), graph.fresh("nchw"), of("perm", new long[] {0, 3, 1, 2}));
    channels = 3;
    height = SIZE;
    width = SIZE;

    x = conv("conv32_down", x, 2, true, false);
    x = pool("MaxPool", x, 3, 2);

    residual("conv32_1");
    residual("conv32_2");
    residual("conv32_3");
    residualDown("conv64_down");
    residual("conv64_1");
    residual("conv64_2");
    residual("conv64_3");
    residualDown("conv128_down");
    residual("conv128_1");
    residual("conv128_2");
    residualDown("conv256_down");
    residual("conv256_1");
    residual("conv256_2");
    residualDown("conv256_down_out");

    String pooled =
        graph.node(
            "ReduceMean",
            List.of(x),
            graph.fresh("global_average"),
            of("axes", 2L, 3L),
            of("keepdims", 0L));
    graph.node("MatMul", List.of(pooled, weight("fc", 2)), OUTPUT);
    graph.outputs.add(new OnnxGraph.Value(OUTPUT, new long[] {-1, 128}));

    List<String> unused = weights.keySet().stream().filter(k -> !used.contains(k)).toList();
    if (!unused.isEmpty()) {
      throw new ConversionException("weights the architecture does not use: " + unused);
    }
    return graph;
  }

  private void residual(String prefix) {
    String input = x;
    String out = conv(prefix + "/conv1", input, 1, true, true);
    out = conv(prefix + "/conv2", out, 1, false, true);
    String sum = graph.node("Add", List.of(out, input), graph.fresh(prefix + "/add"));
    x = graph.node("Relu", List.of(sum), graph.fresh(prefix + "/relu"));
  }

  private void residualDown(String prefix) {
    String input = x;
    long inChannels = channels;
    long inHeight = height;
    long inWidth = width;
    String out = conv(prefix + "/conv1", input, 2, true, false);
    out = conv(prefix + "/conv2", out, 1, false, true);
    long outHeight = height;
    long outWidth = width;

    channels = inChannels;
    height = inHeight;
    width = inWidth;
    String shortcut = pool("AveragePool", input, 2, 2);
    long padRows = height - outHeight;
    long padCols = width - outWidth;
    if (padRows < 0 || padRows > 1 || padCols < 0 || padCols > 1) {
      throw new ConversionException(
          prefix
              + ": conv path "
              + outHeight
              + "x"
              + outWidth
              + " vs pool "
              + height
              + "x"
              + width);
    }
    if (padRows > 0 || padCols > 0) {
      // face-api appends one zero row and one zero column to the conv path
      out = zeroPad(out, 0, padRows, padCols, prefix + "/pad_hw");
    }
    long outChannels = weights.get(prefix + "/conv2/conv/filters").shape()[3];
    if (outChannels != channels) {
      shortcut = zeroPad(shortcut, outChannels - channels, 0, 0, prefix + "/pad_c");
    }
    channels = outChannels;
    String sum = graph.node("Add", List.of(shortcut, out), graph.fresh(prefix + "/add"));
    x = graph.node("Relu", List.of(sum), graph.fresh(prefix + "/relu"));
  }

  /** Zeros appended at the end of the channel, row and column axes of an NCHW tensor. */
  private String zeroPad(String input, long c, long h, long w, String name) {
    return graph.node(
        "Pad",
        List.of(input, graph.longs(name + "/pads", 0, 0, 0, 0, 0, c, h, w)),
        graph.fresh(name),
        of("mode", "constant"));
  }

  /** conv (3 × 3 or 7 × 7 per the filters) + bias, dlib's scale layer, optional ReLU. */
  private String conv(String prefix, String input, int stride, boolean relu, boolean same) {
    TfTensor filters = tensor(prefix + "/conv/filters", 4);
    long[] s = filters.shape(); // HWIO
    int kh = (int) s[0];
    int kw = (int) s[1];
    int cin = (int) s[2];
    int cout = (int) s[3];
    if (cin != channels) {
      throw new ConversionException(prefix + " expects " + cin + " channels, has " + channels);
    }
    float[] hwio = filters.floats();
    float[] oihw = new float[hwio.length];
    for (int y = 0; y < kh; y++) {
      for (int xx = 0; xx < kw; xx++) {
        for (int i = 0; i < cin; i++) {
          for (int o = 0; o < cout; o++) {
            oihw[((o * cin + i) * kh + y) * kw + xx] = hwio[((y * kw + xx) * cin + i) * cout + o];
          }
        }
      }
    }
    String kernel = graph.floats(prefix + "/conv/filters", new long[] {cout, cin, kh, kw}, oihw);
    // TF's SAME with stride 1 and an odd kernel pads (k − 1) / 2 on every side.
    long pad = same ? (kh - 1) / 2 : 0;
    String convolved =
        graph.node(
            "Conv",
            List.of(input, kernel, weight(prefix + "/conv/bias", 1)),
            graph.fresh(prefix + "/conv"),
            of("kernel_shape", kh, kw),
            of("strides", stride, stride),
            of("pads", pad, pad, pad, pad));
    height = (height + 2 * pad - kh) / stride + 1;
    width = (width + 2 * pad - kw) / stride + 1;
    channels = cout;
    String scaled =
        graph.node(
            "Mul",
            List.of(convolved, perChannel(prefix + "/scale/weights")),
            graph.fresh(prefix + "/scale"));
    String shifted =
        graph.node(
            "Add",
            List.of(scaled, perChannel(prefix + "/scale/biases")),
            graph.fresh(prefix + "/shift"));
    return relu ? graph.node("Relu", List.of(shifted), graph.fresh(prefix + "/relu")) : shifted;
  }

  private String pool(String op, String input, int kernel, int stride) {
    height = (height - kernel) / stride + 1;
    width = (width - kernel) / stride + 1;
    List<OnnxAttribute> attrs =
        new ArrayList<>(
            List.of(
                of("kernel_shape", kernel, kernel),
                of("strides", stride, stride),
                of("pads", 0, 0, 0, 0)));
    return graph.node(
        op, List.of(input), graph.fresh(op.toLowerCase()), attrs.toArray(OnnxAttribute[]::new));
  }

  /** A per-channel vector shaped [1, C, 1, 1] so that it broadcasts over NCHW. */
  private String perChannel(String name) {
    TfTensor t = tensor(name, 1);
    return graph.floats(name, new long[] {1, t.shape()[0], 1, 1}, t.floats());
  }

  private String weight(String name, int rank) {
    TfTensor t = tensor(name, rank);
    return graph.floats(name, t.shape(), t.floats());
  }

  private TfTensor tensor(String name, int rank) {
    TfTensor t = weights.get(name);
    if (t == null || t.shape().length != rank || !t.isFloat()) {
      throw new ConversionException("missing or malformed weight " + name + ": " + t);
    }
    used.add(name);
    return t;
  }
}
