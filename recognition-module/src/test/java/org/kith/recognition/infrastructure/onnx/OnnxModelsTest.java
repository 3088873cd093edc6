package org.kith.recognition.infrastructure.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Execution-provider choice and model lookup, as the CLI and the server share them. */
class OnnxModelsTest {
  @Test
  void preferringTheGpuFallsBackToTheCpuWhereCudaCannotLoad() {
    try (OnnxModels models =
        OnnxModels.open(OnnxModelsTest.class.getClassLoader(), Optional.empty(), true)) {
      // The CPU build lists no CUDA provider; a GPU build on a machine without CUDA fails to load
      // it. Either way the sessions must be on the CPU here, and every model served.
      assertEquals("CPU", models.executionProvider());
      assertTrue(models.findModel("faceres").isPresent());
    }
  }

  @Test
  void aMissingModelTheConfigurationNamesIsAClearRefusal() {
    try (OnnxModels models =
        OnnxModels.open(OnnxModelsTest.class.getClassLoader(), Optional.empty(), false)) {
      ModelIntegrityException e =
          assertThrows(ModelIntegrityException.class, () -> models.getModel("no-such-model"));
      assertTrue(e.getMessage().startsWith("REC-014"), e.getMessage());
    }
  }
}
