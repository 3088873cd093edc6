package org.kith.recognition.tools.conversion;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A TensorFlow.js graph model: the GraphDef nodes of {@code model.json} and its constants, read
 * from the weight shards by {@link TfjsWeights}.
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
    Map<String, TfTensor> weights =
        TfjsWeights.read(json.getJsonArray("weightsManifest"), modelJson.getParent());
    JsonObject signature = json.getJsonObject("signature");
    if (signature == null && json.containsKey("userDefinedMetadata")) {
      signature = json.getJsonObject("userDefinedMetadata").getJsonObject("signature");
    }
    return new TfjsGraphModel(
        nodes, weights, signatureMap(signature, "inputs"), signatureMap(signature, "outputs"));
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
