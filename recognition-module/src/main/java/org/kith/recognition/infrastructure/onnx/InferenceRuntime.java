package org.kith.recognition.infrastructure.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
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
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
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
  private static final Logger LOG = Logger.getLogger(InferenceRuntime.class.getName());

  @Inject
  @ConfigProperty(name = "kith.recognition.prefer-gpu", defaultValue = "true")
  boolean preferGpu;

  /** A folder with a clinic's own manifest.json and ONNX files, served like the bundled ones. */
  @Inject
  @ConfigProperty(name = "kith.recognition.models.extra-dir")
  Optional<String> extraModelDir;

  private OrtEnvironment environment;
  private String executionProvider = "CPU";
  private Map<String, LoadedModel> models = Map.of();

  /** A verified model and its session, created once. */
  public record LoadedModel(ModelDescriptor descriptor, OrtSession session) {}

  @PostConstruct
  void start() {
    environment = OrtEnvironment.getEnvironment();
    EnumSet<OrtProvider> available = OrtEnvironment.getAvailableProviders();
    if (preferGpu && available.contains(OrtProvider.CUDA) && cudaLoads()) {
      executionProvider = "CUDA";
    }
    List<ModelCatalog.VerifiedModel> verified;
    try {
      verified =
          ModelCatalog.load(
              InferenceRuntime.class.getClassLoader(),
              extraModelDir.filter(d -> !d.isBlank()).map(Path::of));
    } catch (ModelIntegrityException e) {
      LOG.severe(e.getMessage());
      throw e;
    }
    Map<String, LoadedModel> loaded = new LinkedHashMap<>();
    try {
      for (ModelCatalog.VerifiedModel m : verified) {
        loaded.put(m.descriptor().name(), new LoadedModel(m.descriptor(), open(m.bytes())));
        LOG.info(
            () ->
                "REC-003 model "
                    + m.descriptor().name()
                    + " "
                    + m.descriptor().version()
                    + " loaded, sha256 "
                    + m.descriptor().sha256());
      }
    } catch (OrtException e) {
      loaded.values().forEach(InferenceRuntime::close);
      ModelIntegrityException refusal =
          new ModelIntegrityException(
              "REC-012 ONNX Runtime cannot load a model: " + e.getMessage());
      LOG.severe(refusal.getMessage());
      throw refusal;
    }
    models = Collections.unmodifiableMap(loaded);
    LOG.info(
        () ->
            "REC-001 ONNX Runtime "
                + environment.getVersion()
                + " using "
                + executionProvider
                + " (available: "
                + available
                + ")");
  }

  private OrtSession open(byte[] model) throws OrtException {
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      if (executionProvider.equals("CUDA")) {
        options.addCUDA(0);
      }
      return environment.createSession(model, options);
    }
  }

  @PreDestroy
  void stop() {
    models.values().forEach(InferenceRuntime::close);
  }

  private static void close(LoadedModel model) {
    try {
      model.session().close();
    } catch (OrtException e) {
      LOG.warning(
          "REC-004 closing the session of " + model.descriptor().name() + ": " + e.getMessage());
    }
  }

  /** The loaded models, in manifest order (bundled first, then the clinic's). */
  public List<ModelDescriptor> models() {
    return models.values().stream().map(LoadedModel::descriptor).toList();
  }

  public Optional<LoadedModel> findModel(String name) {
    return Optional.ofNullable(models.get(name));
  }

  /** The CUDA provider is listed by GPU builds even where its libraries cannot load; try it. */
  private static boolean cudaLoads() {
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.addCUDA(0);
      return true;
    } catch (OrtException | RuntimeException e) {
      LOG.warning("REC-002 CUDA execution provider unavailable, using CPU: " + e.getMessage());
      return false;
    }
  }

  public String version() {
    return environment.getVersion();
  }

  public String executionProvider() {
    return executionProvider;
  }

  public EnumSet<OrtProvider> availableProviders() {
    return OrtEnvironment.getAvailableProviders();
  }
}
