package org.kith.recognition.infrastructure.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up of the recognition module's inference runtime with the models the build converted, and
 * with a clinic's folder added through {@code kith.recognition.models.extra-dir}.
 */
class InferenceRuntimeTest {
  private static final Path BUILT =
      Path.of(System.getProperty("kith.models.dir", "target/classes/models"));

  @TempDir Path clinic;

  private static InferenceRuntime runtime(Optional<Path> extraDir) {
    InferenceRuntime runtime = new InferenceRuntime();
    runtime.preferGpu = false;
    runtime.extraModelDir = extraDir.map(Path::toString);
    return runtime;
  }

  /** A clinic folder holding a copy of a converted model under its own name and sha256. */
  private void clinicModel(String sha256) throws Exception {
    Files.copy(BUILT.resolve("antispoof.onnx"), clinic.resolve("licensed-pad.onnx"));
    Files.writeString(
        clinic.resolve("manifest.json"),
        """
        {"models": [{"name": "clinic-pad", "version": "2026.1", "role": "presentation-attack",
          "file": "licensed-pad.onnx", "sha256": "%s", "source": "supplied by the clinic",
          "licence": "clinic licence 42", "inputLayout": "NHWC", "normalisation": "RGB, x / 255",
          "outputs": ["activation_4"]}]}
        """
            .formatted(sha256));
  }

  @Test
  void loadsEveryConvertedModelWithASession() {
    InferenceRuntime runtime = runtime(Optional.empty());
    runtime.start();
    try {
      assertTrue(runtime.findModel("blazeface-back").isPresent(), runtime.models()::toString);
      assertTrue(runtime.findModel("facemesh").isPresent(), runtime.models()::toString);
      assertEquals("CPU", runtime.executionProvider());
    } finally {
      runtime.stop();
    }
  }

  @Test
  void refusesToStartWhenAModelChecksumDiffers() throws Exception {
    clinicModel("0".repeat(64));
    InferenceRuntime runtime = runtime(Optional.of(clinic));
    ModelIntegrityException refusal = assertThrows(ModelIntegrityException.class, runtime::start);
    assertTrue(refusal.getMessage().startsWith("REC-010 model clinic-pad"), refusal::getMessage);
    assertTrue(refusal.getMessage().contains("refusing to start"), refusal::getMessage);
  }

  @Test
  void refusesToStartWhenAModelFileIsMissing() throws Exception {
    clinicModel(ModelCatalog.sha256(Files.readAllBytes(BUILT.resolve("antispoof.onnx"))));
    Files.delete(clinic.resolve("licensed-pad.onnx"));
    ModelIntegrityException refusal =
        assertThrows(ModelIntegrityException.class, runtime(Optional.of(clinic))::start);
    assertTrue(refusal.getMessage().startsWith("REC-011"), refusal::getMessage);
  }

  @Test
  void servesAClinicSuppliedModelThroughItsManifestEntry() throws Exception {
    clinicModel(ModelCatalog.sha256(Files.readAllBytes(BUILT.resolve("antispoof.onnx"))));
    InferenceRuntime runtime = runtime(Optional.of(clinic));
    runtime.start();
    try {
      InferenceRuntime.LoadedModel model = runtime.findModel("clinic-pad").orElseThrow();
      assertEquals("clinic licence 42", model.descriptor().licence());
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      try (OnnxTensor input =
              OnnxTensor.createTensor(
                  env, FloatBuffer.allocate(128 * 128 * 3), new long[] {1, 128, 128, 3});
          OrtSession.Result result =
              model
                  .session()
                  .run(Map.of(model.session().getInputNames().iterator().next(), input))) {
        assertArrayEquals(new long[] {1, 1}, ((OnnxTensor) result.get(0)).getInfo().getShape());
      }
    } finally {
      runtime.stop();
    }
  }
}
