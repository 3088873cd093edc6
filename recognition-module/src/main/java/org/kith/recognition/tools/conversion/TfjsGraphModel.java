package org.kith.recognition.tools.conversion;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A TensorFlow.js graph model: the GraphDef nodes of {@code model.json} and its constants, read
 * from the weight shards and dequantised (float16, uint8/uint16 affine) exactly as TF.js does.
 */
public final class TfjsGraphModel {
  private final List<TfNode> nodes;
  private final Map<String, TfTensor> weights;
  private final Map<String, String> signatureInputs;
  private final Map<String, String> signatureOutputs;

  private TfjsGraphModel(
      List<TfNode> nodes,
      Map<String, TfTensor> weights,
      Map<String, String> signatureInputs,
      Map<String, String> signatureOutputs) {
    this.nodes = nodes;
    this.weights = weights;
    this.signatureInputs = signatureInputs;
    this.signatureOutputs = signatureOutputs;
  }

  public static TfjsGraphModel read(Path modelJson) throws IOException {
    JsonObject json;
    try (InputStream in = Files.newInputStream(modelJson);
        JsonReader reader = Json.createReader(in)) {
      json = reader.readObject();
    }
    List<TfNode> nodes =
        json
            .getJsonObject("modelTopology")
            .getJsonArray("node")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(TfNode::of)
            .toList();
    Map<String, TfTensor> weights = new LinkedHashMap<>();
    for (JsonObject group : json.getJsonArray("weightsManifest").getValuesAs(JsonObject.class)) {
      ByteArrayOutputStream shards = new ByteArrayOutputStream();
      for (JsonString path : group.getJsonArray("paths").getValuesAs(JsonString.class)) {
        shards.writeBytes(Files.readAllBytes(modelJson.resolveSibling(path.getString())));
      }
      ByteBuffer data = ByteBuffer.wrap(shards.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
      for (JsonObject spec : group.getJsonArray("weights").getValuesAs(JsonObject.class)) {
        weights.put(spec.getString("name"), readWeight(spec, data));
      }
    }
    JsonObject signature = json.getJsonObject("signature");
    if (signature == null && json.containsKey("userDefinedMetadata")) {
      signature = json.getJsonObject("userDefinedMetadata").getJsonObject("signature");
    }
    return new TfjsGraphModel(
        nodes, weights, signatureMap(signature, "inputs"), signatureMap(signature, "outputs"));
  }

  private static TfTensor readWeight(JsonObject spec, ByteBuffer data) {
    long[] shape =
        spec.getJsonArray("shape").getValuesAs(JsonNumber.class).stream()
            .mapToLong(JsonNumber::longValue)
            .toArray();
    int count = 1;
    for (long dim : shape) {
      count = Math.multiplyExact(count, (int) dim);
    }
    String dtype = spec.getString("dtype");
    JsonObject quantization = spec.getJsonObject("quantization");
    if (quantization != null) {
      String q = quantization.getString("dtype");
      float[] values = new float[count];
      if (q.equals("float16")) {
        for (int k = 0; k < count; k++) {
          values[k] = Half.toFloat(data.getShort());
        }
      } else if (q.equals("uint8") || q.equals("uint16")) {
        float scale = (float) quantization.getJsonNumber("scale").doubleValue();
        float min = (float) quantization.getJsonNumber("min").doubleValue();
        for (int k = 0; k < count; k++) {
          int raw = q.equals("uint8") ? data.get() & 0xff : data.getShort() & 0xffff;
          values[k] = raw * scale + min;
        }
      } else {
        throw new ConversionException("unsupported quantization " + q);
      }
      if (dtype.equals("int32")) {
        int[] ints = new int[count];
        for (int k = 0; k < count; k++) {
          ints[k] = Math.round(values[k]);
        }
        return new TfTensor(shape, null, ints);
      }
      return new TfTensor(shape, values, null);
    }
    switch (dtype) {
      case "float32" -> {
        float[] values = new float[count];
        data.asFloatBuffer().get(values);
        data.position(data.position() + 4 * count);
        return new TfTensor(shape, values, null);
      }
      case "int32" -> {
        int[] values = new int[count];
        data.asIntBuffer().get(values);
        data.position(data.position() + 4 * count);
        return new TfTensor(shape, null, values);
      }
      default -> throw new ConversionException("unsupported weight dtype " + dtype);
    }
  }

  private static Map<String, String> signatureMap(JsonObject signature, String key) {
    Map<String, String> result = new LinkedHashMap<>();
    if (signature != null && signature.get(key) instanceof JsonObject map) {
      for (Map.Entry<String, JsonValue> e : map.entrySet()) {
        result.put(stripPort(e.getKey()), stripPort(e.getValue().asJsonObject().getString("name")));
      }
    }
    return result;
  }

  private static String stripPort(String tensor) {
    return tensor.endsWith(":0") ? tensor.substring(0, tensor.length() - 2) : tensor;
  }

  public List<TfNode> nodes() {
    return nodes;
  }

  Map<String, TfTensor> weights() {
    return weights;
  }

  /** Signature output name → tensor, in the model's order; empty when the model has none. */
  public Map<String, String> signatureOutputs() {
    return signatureOutputs;
  }

  public Map<String, String> signatureInputs() {
    return signatureInputs;
  }
}
