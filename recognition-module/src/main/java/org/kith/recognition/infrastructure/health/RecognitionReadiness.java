package org.kith.recognition.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.kith.recognition.infrastructure.onnx.InferenceRuntime;

/** Ready when ONNX Runtime is loaded; reports which execution provider serves inference. */
@Readiness
@ApplicationScoped
public class RecognitionReadiness implements HealthCheck {
  @Inject InferenceRuntime runtime;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("recognition")
        .up()
        .withData("onnxruntime", runtime.version())
        .withData("executionProvider", runtime.executionProvider())
        .build();
  }
}
