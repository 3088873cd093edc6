package org.kith.recognition.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kith.api.recognition.AnalysisOptions;
import org.kith.api.recognition.EmbeddingModel;
import org.kith.api.recognition.FaceAnalysis;
import org.kith.api.recognition.FaceHint;
import org.kith.api.recognition.FaceRecognition;
import org.kith.recognition.image.ImageLimits;
import org.kith.recognition.infrastructure.onnx.InferenceRuntime;

/**
 * The server's {@link FaceRecognition}: the pipeline over the runtime's long-lived sessions,
 * configured from {@code kith.recognition.*}. Application-scoped and lock-free: ONNX Runtime
 * sessions are thread-safe and the pipeline keeps no state between calls.
 */
@ApplicationScoped
public class DefaultFaceRecognition implements FaceRecognition {
  private static final Logger LOG = Logger.getLogger(DefaultFaceRecognition.class.getName());

  @Inject InferenceRuntime runtime;

  @Inject
  @ConfigProperty(name = "kith.recognition.image.max-bytes", defaultValue = "20000000")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "kith.recognition.image.max-pixels", defaultValue = "40000000")
  long maxPixels;

  /** Heap one image may need to decode; two such images fit the 1 GiB heap at once. */
  @Inject
  @ConfigProperty(name = "kith.recognition.image.max-decode-bytes", defaultValue = "268435456")
  long maxDecodeBytes;

  @Inject
  @ConfigProperty(name = "kith.recognition.image.max-scans", defaultValue = "64")
  int maxScans;

  @Inject
  @ConfigProperty(name = "kith.recognition.image.max-decode-millis", defaultValue = "5000")
  long maxDecodeMillis;

  @Inject
  @ConfigProperty(name = "kith.recognition.detection.min-score", defaultValue = "0.5")
  double minScore;

  @Inject
  @ConfigProperty(name = "kith.recognition.detection.max-faces", defaultValue = "20")
  int maxFaces;

  @Inject
  @ConfigProperty(name = "kith.recognition.embedding.model", defaultValue = "facerec-dlib")
  String embeddingModel;

  @Inject
  @ConfigProperty(name = "kith.recognition.embedding.flip", defaultValue = "false")
  boolean flip;

  @Inject
  @ConfigProperty(name = "kith.recognition.clahe", defaultValue = "false")
  boolean clahe;

  @Inject
  @ConfigProperty(name = "kith.recognition.liveness", defaultValue = "true")
  boolean liveness;

  private FacePipeline pipeline;

  @PostConstruct
  void start() {
    RecognitionSettings settings =
        new RecognitionSettings(
            new ImageLimits(maxBytes, maxPixels, maxDecodeBytes, maxScans, maxDecodeMillis),
            minScore,
            maxFaces,
            embeddingModel,
            flip,
            clahe,
            liveness);
    pipeline = new FacePipeline(runtime.sessions(), settings);
    LOG.info(
        () ->
            "REC-005 face pipeline ready, embedding "
                + pipeline.embeddingModel().key()
                + " ("
                + pipeline.embeddingModel().dimension()
                + "-D), flip "
                + flip
                + ", CLAHE "
                + clahe);
  }

  @Override
  public FaceAnalysis analyze(byte[] image, AnalysisOptions options) {
    return pipeline.analyze(image, options);
  }

  @Override
  public FaceAnalysis follow(byte[] image, List<FaceHint> hints, AnalysisOptions options) {
    return pipeline.follow(image, hints, options);
  }

  @Override
  public EmbeddingModel embeddingModel() {
    return pipeline.embeddingModel();
  }

  public ImageLimits limits() {
    return pipeline.settings().limits();
  }
}
