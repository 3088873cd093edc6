package org.kith.recognition.infrastructure.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The verified models with one long-lived session each, on CUDA when it is wanted and loads, else
 * on the CPU. Plain Java so that the server ({@link InferenceRuntime}) and the command-line tools
 * load models the same way.
 */
public final class OnnxModels implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(OnnxModels.class.getName());

  private final OrtEnvironment environment;
  private final String executionProvider;
  private final Map<String, InferenceRuntime.LoadedModel> models;

  private OnnxModels(
      OrtEnvironment environment,
      String executionProvider,
      Map<String, InferenceRuntime.LoadedModel> models) {
    this.environment = environment;
    this.executionProvider = executionProvider;
    this.models = models;
  }

  /** Verifies every model against its manifest and opens its session; refuses on a mismatch. */
  public static OnnxModels open(ClassLoader loader, Optional<Path> extraDir, boolean preferGpu) {
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    EnumSet<OrtProvider> available = OrtEnvironment.getAvailableProviders();
    String provider =
        preferGpu && available.contains(OrtProvider.CUDA) && cudaLoads() ? "CUDA" : "CPU";
    List<ModelCatalog.VerifiedModel> verified;
    try {
      verified = ModelCatalog.load(loader, extraDir);
    } catch (ModelIntegrityException e) {
      LOG.severe(e.getMessage());
      throw e;
    }
    Map<String, InferenceRuntime.LoadedModel> loaded = new LinkedHashMap<>();
    try {
      for (ModelCatalog.VerifiedModel m : verified) {
        loaded.put(
            m.descriptor().name(),
            new InferenceRuntime.LoadedModel(
                m.descriptor(), session(environment, provider, m.bytes())));
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
      loaded.values().forEach(OnnxModels::close);
      ModelIntegrityException refusal =
          new ModelIntegrityException(
              "REC-012 ONNX Runtime cannot load a model: " + e.getMessage());
      LOG.severe(refusal.getMessage());
      throw refusal;
    }
    LOG.info(
        () ->
            "REC-001 ONNX Runtime "
                + environment.getVersion()
                + " using "
                + provider
                + " (available: "
                + available
                + ")");
    return new OnnxModels(environment, provider, Collections.unmodifiableMap(loaded));
  }

  private static OrtSession session(OrtEnvironment environment, String provider, byte[] model)
      throws OrtException {
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      if (provider.equals("CUDA")) {
        options.addCUDA(0);
      }
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      // Each session has its own intra-op pool, whose threads by default spin for a while after
      // every run. A request runs five models in turn with Java work between them, so on a small
      // machine the idle pools' spinning takes the cores from the stage that runs next: the bench's
      // total p50 drops by about a fifth without it, and by far more under load.
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      return environment.createSession(model, options);
    }
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

  private static void close(InferenceRuntime.LoadedModel model) {
    try {
      model.session().close();
    } catch (OrtException e) {
      LOG.warning(
          "REC-004 closing the session of " + model.descriptor().name() + ": " + e.getMessage());
    }
  }

  @Override
  public void close() {
    models.values().forEach(OnnxModels::close);
  }

  public OrtEnvironment environment() {
    return environment;
  }

  public List<ModelDescriptor> models() {
    return models.values().stream().map(InferenceRuntime.LoadedModel::descriptor).toList();
  }

  public Optional<InferenceRuntime.LoadedModel> findModel(String name) {
    return Optional.ofNullable(models.get(name));
  }

  public InferenceRuntime.LoadedModel getModel(String name) {
    return findModel(name)
        .orElseThrow(
            () ->
                new ModelIntegrityException(
                    "REC-014 model " + name + " is not in the manifest; the pipeline needs it"));
  }

  public String version() {
    return environment.getVersion();
  }

  public String executionProvider() {
    return executionProvider;
  }
}
