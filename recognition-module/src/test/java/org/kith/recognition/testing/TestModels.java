package org.kith.recognition.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The configured default embedding model and its entry in the manifest the build wrote, read
 * independently of the pipeline, so tests check the model's real output against what its manifest
 * claims instead of repeating one model's numbers.
 */
public final class TestModels {
  private TestModels() {}

  /** {@code kith.recognition.embedding.model} as the module's configuration ships it. */
  public static String defaultEmbeddingModel() {
    Properties config = new Properties();
    try (InputStream in = resource("/META-INF/microprofile-config.properties")) {
      config.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return config.getProperty("kith.recognition.embedding.model");
  }

  /** The manifest entry of the default embedding model. */
  public static JsonObject defaultEmbeddingEntry() {
    String name = defaultEmbeddingModel();
    try (JsonReader reader = Json.createReader(resource("/models/manifest.json"))) {
      return reader.readObject().getJsonArray("models").stream()
          .map(v -> v.asJsonObject())
          .filter(m -> m.getString("name").equals(name))
          .findFirst()
          .orElseThrow(() -> new AssertionError(name + " is not in the built manifest"));
    }
  }

  /** The vector length the default model's manifest states. */
  public static int defaultDimension() {
    return defaultEmbeddingEntry().getJsonObject("embedding").getInt("dimension");
  }

  private static InputStream resource(String path) {
    InputStream in = TestModels.class.getResourceAsStream(path);
    if (in == null) {
      throw new AssertionError(path + " is not on the test classpath (build the module first)");
    }
    return in;
  }
}
