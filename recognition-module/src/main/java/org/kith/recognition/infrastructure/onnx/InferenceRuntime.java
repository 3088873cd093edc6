package org.kith.recognition.infrastructure.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The process's ONNX Runtime environment and the execution provider Kith's sessions use: CUDA when
 * it is wanted and loads, otherwise the CPU. Loaded once at start-up; sessions are thread-safe, so
 * concurrent requests share them without locking.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class InferenceRuntime {
  private static final Logger LOG = Logger.getLogger(InferenceRuntime.class.getName());

  @Inject
  @ConfigProperty(name = "kith.recognition.prefer-gpu", defaultValue = "true")
  boolean preferGpu;

  private OrtEnvironment environment;
  private String executionProvider = "CPU";

  @PostConstruct
  void start() {
    environment = OrtEnvironment.getEnvironment();
    EnumSet<OrtProvider> available = OrtEnvironment.getAvailableProviders();
    if (preferGpu && available.contains(OrtProvider.CUDA) && cudaLoads()) {
      executionProvider = "CUDA";
    }
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
