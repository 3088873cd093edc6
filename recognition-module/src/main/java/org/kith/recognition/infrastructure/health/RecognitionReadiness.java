package org.kith.recognition.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.kith.recognition.infrastructure.onnx.InferenceRuntime;

/**
 * Ready when ONNX Runtime and every verified model are loaded; reports the execution provider and
 * the models (name@version) that serve inference.
 */
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
        .withData(
            "models",
            String.join(
                ",", runtime.models().stream().map(m -> m.name() + "@" + m.version()).toList()))
        .build();
  }
}
