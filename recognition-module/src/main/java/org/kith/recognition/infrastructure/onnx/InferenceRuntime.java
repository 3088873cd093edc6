package org.kith.recognition.infrastructure.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The process's ONNX Runtime environment, the execution provider Kith's sessions use (CUDA when it
 * is wanted and loads, otherwise the CPU) and one long-lived session per verified model. Loaded
 * once at start-up; a model whose sha256 differs from its manifest stops the deployment. Sessions
 * are thread-safe, so concurrent requests share them without locking.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class InferenceRuntime {

  @Inject
  @ConfigProperty(name = "kith.recognition.prefer-gpu", defaultValue = "true")
  boolean preferGpu;

  /** A folder with a clinic's own manifest.json and ONNX files, served like the bundled ones. */
  @Inject
  @ConfigProperty(name = "kith.recognition.models.extra-dir")
  Optional<String> extraModelDir;

  private OnnxModels models;

  /** A verified model and its session, created once. */
  public record LoadedModel(ModelDescriptor descriptor, OrtSession session) {}

  @PostConstruct
  void start() {
    models =
        OnnxModels.open(
            InferenceRuntime.class.getClassLoader(),
            extraModelDir.filter(d -> !d.isBlank()).map(Path::of),
            preferGpu);
  }

  @PreDestroy
  void stop() {
    models.close();
  }

  /** The sessions, for the pipeline. */
  public OnnxModels sessions() {
    return models;
  }

  /** The loaded models, in manifest order (bundled first, then the clinic's). */
  public List<ModelDescriptor> models() {
    return models.models();
  }

  public Optional<LoadedModel> findModel(String name) {
    return models.findModel(name);
  }

  public String version() {
    return models.version();
  }

  public String executionProvider() {
    return models.executionProvider();
  }

  public EnumSet<OrtProvider> availableProviders() {
    return OrtEnvironment.getAvailableProviders();
  }
}
