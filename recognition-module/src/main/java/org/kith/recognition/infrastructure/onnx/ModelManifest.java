package org.kith.recognition.infrastructure.onnx;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Reads a {@code manifest.json}: the build writes one for the models it converts, and a clinic
 * writes one, in the same format, for the ONNX files it supplies.
 */
public final class ModelManifest {
  private ModelManifest() {}

  public static List<ModelDescriptor> read(InputStream in) {
    try (JsonReader reader = Json.createReader(in)) {
      return reader.readObject().getJsonArray("models").getValuesAs(JsonObject.class).stream()
          .map(ModelManifest::descriptor)
          .toList();
    }
  }

  private static ModelDescriptor descriptor(JsonObject m) {
    JsonValue source = m.get("source");
    String provenance =
        source instanceof JsonObject s
            ? s.getString("package", "?")
                + "@"
                + s.getString("version", "?")
                + " "
                + s.getString("path", "")
                + " ("
                + s.getString("integrity", "no integrity")
                + ")"
            : m.getString("source", "unstated");
    List<String> outputs =
        m.containsKey("outputs")
            ? m.getJsonArray("outputs").stream()
                .map(
                    o ->
                        o instanceof JsonString s
                            ? s.getString()
                            : o.asJsonObject().getString("name"))
                .toList()
            : List.of();
    return new ModelDescriptor(
        m.getString("name"),
        m.getString("version"),
        m.getString("role", "unspecified"),
        m.getString("file"),
        m.getString("sha256").toLowerCase(Locale.ROOT),
        provenance,
        m.getString("licence", "unstated"),
        m.getString("inputLayout", "NHWC"),
        m.getString("normalisation", "unstated"),
        outputs,
        m.containsKey("embedding") ? m.getJsonObject("embedding") : JsonValue.EMPTY_JSON_OBJECT,
        m.containsKey("alignment") ? m.getJsonObject("alignment") : JsonValue.EMPTY_JSON_OBJECT);
  }
}
