package org.kith.recognition.tools.conversion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every converted model, run by ONNX Runtime, reproduces the outputs TF.js's pure-JavaScript CPU
 * backend computes from the original graph (written by {@code src/test/node/golden.mjs} during the
 * build) to 1e-4, measured as max |onnx − tfjs| over max |tfjs| per output tensor.
 */
class ConvertedModelsMatchTfjsTest {
  private static final Logger LOG = Logger.getLogger(ConvertedModelsMatchTfjsTest.class.getName());
  static final double TOLERANCE = 1e-4;

  static Path modelsDir() {
    return Path.of(System.getProperty("kith.models.dir", "target/classes/models"));
  }

  static Path goldenDir() {
    return Path.of(System.getProperty("kith.golden.dir", "target/golden"));
  }

  static Stream<String> models() throws Exception {
    JsonObject manifest = ModelBuild.readJson(modelsDir().resolve("manifest.json"));
    return manifest.getJsonArray("models").getValuesAs(JsonObject.class).stream()
        .map(m -> m.getString("name"));
  }

  @ParameterizedTest
  @MethodSource("models")
  void convertedModelMatchesTfjsCpuBackend(String name) throws Exception {
    Path golden = goldenDir().resolve(name + ".json");
    assertTrue(
        Files.exists(golden), "no golden outputs at " + golden + "; run the build's golden step");
    JsonObject reference = ModelBuild.readJson(golden);
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OrtSession session =
        env.createSession(
            modelsDir().resolve(name + ".onnx").toString(), new OrtSession.SessionOptions())) {
      Map<String, OnnxTensor> feeds = new HashMap<>();
      for (Map.Entry<String, jakarta.json.JsonValue> input :
          reference.getJsonObject("inputs").entrySet()) {
        JsonObject tensor = input.getValue().asJsonObject();
        feeds.put(
            input.getKey(),
            OnnxTensor.createTensor(
                env,
                FloatBuffer.wrap(floats(tensor)),
                longs(tensor.getJsonArray("shape").getValuesAs(JsonNumber.class))));
      }
      try (OrtSession.Result result = session.run(feeds)) {
        for (Map.Entry<String, jakarta.json.JsonValue> output :
            reference.getJsonObject("outputs").entrySet()) {
          JsonObject expected = output.getValue().asJsonObject();
          OnnxTensor actual =
              (OnnxTensor)
                  result
                      .get(output.getKey())
                      .orElseThrow(
                          () -> new AssertionError(name + " has no output " + output.getKey()));
          assertArrayEquals(
              longs(expected.getJsonArray("shape").getValuesAs(JsonNumber.class)),
              actual.getInfo().getShape(),
              name + "/" + output.getKey() + " shape");
          double error = relativeError(floats(expected), actual.getFloatBuffer());
          LOG.info(String.format("%s/%s: max relative error %.3g", name, output.getKey(), error));
          assertTrue(
              error <= TOLERANCE,
              String.format(
                  "%s/%s differs from TF.js by %.3g (relative)", name, output.getKey(), error));
        }
      } finally {
        feeds.values().forEach(OnnxTensor::close);
      }
    }
  }

  @Test
  void comparisonRejectsAnOutputOffByMoreThanTheTolerance() {
    float[] reference = {0f, 2f, -4f};
    assertTrue(
        relativeError(reference, FloatBuffer.wrap(new float[] {0f, 2f, -4.0001f})) < TOLERANCE);
    assertTrue(
        relativeError(reference, FloatBuffer.wrap(new float[] {0.001f, 2f, -4f})) > TOLERANCE);
    assertTrue(relativeError(reference, FloatBuffer.wrap(new float[] {0f, 2f})) > TOLERANCE);
  }

  /** max |a − e| / max |e|: element-wise ratios are meaningless where the reference is near 0. */
  static double relativeError(float[] expected, FloatBuffer actual) {
    if (actual.remaining() != expected.length) {
      return Double.POSITIVE_INFINITY;
    }
    double scale = 0;
    double diff = 0;
    for (int i = 0; i < expected.length; i++) {
      scale = Math.max(scale, Math.abs(expected[i]));
      diff = Math.max(diff, Math.abs(expected[i] - actual.get(i)));
    }
    return diff / Math.max(scale, Float.MIN_NORMAL);
  }

  static float[] floats(JsonObject tensor) {
    List<JsonNumber> values = tensor.getJsonArray("data").getValuesAs(JsonNumber.class);
    float[] result = new float[values.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = (float) values.get(i).doubleValue();
    }
    return result;
  }

  static long[] longs(List<JsonNumber> values) {
    return values.stream().mapToLong(JsonNumber::longValue).toArray();
  }
}
