package org.kith.recognition.application;

import java.nio.file.Path;
import java.util.Optional;
import org.kith.api.recognition.AnalysisOptions;
import org.kith.api.recognition.EmbeddingModel;
import org.kith.api.recognition.FaceAnalysis;
import org.kith.api.recognition.FaceRecognition;
import org.kith.recognition.infrastructure.onnx.OnnxModels;

/**
 * The pipeline without a server, for the command-line tools and tests: loads and verifies the
 * bundled models (plus a clinic's folder) itself and closes their sessions when done.
 */
public final class StandaloneFaceRecognition implements FaceRecognition, AutoCloseable {
  private final OnnxModels models;
  private final FacePipeline pipeline;

  private StandaloneFaceRecognition(OnnxModels models, FacePipeline pipeline) {
    this.models = models;
    this.pipeline = pipeline;
  }

  public static StandaloneFaceRecognition open(RecognitionSettings settings) {
    return open(settings, Optional.empty(), false);
  }

  public static StandaloneFaceRecognition open(
      RecognitionSettings settings, Optional<Path> extraModels, boolean preferGpu) {
    OnnxModels models =
        OnnxModels.open(StandaloneFaceRecognition.class.getClassLoader(), extraModels, preferGpu);
    try {
      return new StandaloneFaceRecognition(models, new FacePipeline(models, settings));
    } catch (RuntimeException e) {
      models.close();
      throw e;
    }
  }

  public OnnxModels models() {
    return models;
  }

  @Override
  public FaceAnalysis analyze(byte[] image, AnalysisOptions options) {
    return pipeline.analyze(image, options);
  }

  @Override
  public FaceAnalysis follow(
      byte[] image,
      java.util.List<org.kith.api.recognition.FaceHint> hints,
      AnalysisOptions options) {
    return pipeline.follow(image, hints, options);
  }

  @Override
  public EmbeddingModel embeddingModel() {
    return pipeline.embeddingModel();
  }

  @Override
  public void close() {
    models.close();
  }
}
