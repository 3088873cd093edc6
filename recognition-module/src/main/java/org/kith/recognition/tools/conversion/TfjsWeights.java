package org.kith.recognition.tools.conversion;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A TF.js weights manifest and its shards, dequantised (float16, uint8/uint16 affine {@code q ·
 * scale + min}) exactly as TF.js does. Graph models embed such a manifest; weights-only models
 * (face-api's nets) ship it as {@code NAME-weights_manifest.json}.
 */
public final class TfjsWeights {
  private TfjsWeights() {}

  /** Name → tensor for every weight of every group; shard paths are relative to {@code dir}. */
  public static Map<String, TfTensor> read(JsonArray manifest, Path dir) throws IOException {
    Map<String, TfTensor> weights = new LinkedHashMap<>();
    for (JsonObject group : manifest.getValuesAs(JsonObject.class)) {
      ByteArrayOutputStream shards = new ByteArrayOutputStream();
      for (JsonString path : group.getJsonArray("paths").getValuesAs(JsonString.class)) {
        shards.writeBytes(Files.readAllBytes(dir.resolve(path.getString())));
      }
      ByteBuffer data = ByteBuffer.wrap(shards.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
      for (JsonObject spec : group.getJsonArray("weights").getValuesAs(JsonObject.class)) {
        weights.put(spec.getString("name"), readWeight(spec, data));
      }
      if (data.hasRemaining()) {
        throw new ConversionException(
            data.remaining() + " bytes left over in the shards of " + group.getJsonArray("paths"));
      }
    }
    return weights;
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
}
