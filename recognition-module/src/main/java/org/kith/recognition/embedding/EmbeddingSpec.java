package org.kith.recognition.embedding;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Locale;
import org.kith.recognition.alignment.AlignmentTemplate;
import org.kith.recognition.alignment.FaceChip;
import org.kith.recognition.alignment.FaceCrop;

/**
 * How an embedding model wants its input, as its manifest entry's {@code embedding} object states:
 * crop size and alignment template, tensor layout (NHWC or NCHW), channel order, and {@code (x −
 * mean) · scale} per channel of 0..255 pixels; which output holds the vector and how long it is.
 * Any ONNX model described this way runs through the same code. Template {@code dlib-chip} takes
 * its padding (and a size, which must equal {@code inputSize}) from the entry's {@code alignment}.
 */
public record EmbeddingSpec(
    String output,
    int dimension,
    int inputSize,
    boolean nchw,
    boolean bgr,
    float[] mean,
    float[] scale,
    FaceCrop template) {

  public static EmbeddingSpec from(String model, JsonObject json) {
    return from(model, json, JsonValue.EMPTY_JSON_OBJECT);
  }

  public static EmbeddingSpec from(String model, JsonObject json, JsonObject alignment) {
    if (json == null || json.isEmpty()) {
      throw new IllegalArgumentException(
          "REC-015 model " + model + " has no embedding preprocessing in its manifest");
    }
    int inputSize = json.getInt("inputSize");
    return new EmbeddingSpec(
        json.getString("output"),
        json.getInt("dimension"),
        inputSize,
        json.getString("layout", "NHWC").toUpperCase(Locale.ROOT).equals("NCHW"),
        json.getString("channels", "RGB").toUpperCase(Locale.ROOT).equals("BGR"),
        three(json.getJsonArray("mean"), 0),
        three(json.getJsonArray("scale"), 1),
        crop(model, json.getString("template", "arcface-112"), inputSize, alignment));
  }

  private static FaceCrop crop(String model, String template, int inputSize, JsonObject alignment) {
    if (!template.equalsIgnoreCase(FaceChip.NAME)) {
      return AlignmentTemplate.named(template);
    }
    if (alignment == null || !alignment.containsKey("padding")) {
      throw new IllegalArgumentException(
          "REC-015 model " + model + " uses the dlib chip but its manifest states no padding");
    }
    int size = alignment.getInt("size", inputSize);
    if (size != inputSize) {
      throw new IllegalArgumentException(
          "REC-015 model "
              + model
              + " has a "
              + size
              + "-pixel chip for a "
              + inputSize
              + " input");
    }
    return new FaceChip(size, alignment.getJsonNumber("padding").doubleValue());
  }

  private static float[] three(JsonArray values, float fallback) {
    float[] out = {fallback, fallback, fallback};
    if (values != null) {
      for (int c = 0; c < 3 && c < values.size(); c++) {
        out[c] = (float) values.getJsonNumber(c).doubleValue();
      }
      if (values.size() == 1) {
        float v = (float) ((JsonNumber) values.get(0)).doubleValue();
        out[1] = v;
        out[2] = v;
      }
    }
    return out;
  }

  /**
   * Writes one RGB 0..255 HWC crop into the model's tensor layout at {@code offset}, optionally
   * mirrored left to right.
   */
  public void normalise(float[] rgb, float[] tensor, int offset, boolean mirror) {
    int s = inputSize;
    int plane = s * s;
    for (int y = 0; y < s; y++) {
      for (int x = 0; x < s; x++) {
        int src = (y * s + (mirror ? s - 1 - x : x)) * 3;
        for (int c = 0; c < 3; c++) {
          float v = (rgb[src + (bgr ? 2 - c : c)] - mean[c]) * scale[c];
          int dst = nchw ? c * plane + y * s + x : (y * s + x) * 3 + c;
          tensor[offset + dst] = v;
        }
      }
    }
  }
}
