package org.kith.recognition.tools.eval;

import java.util.List;
import java.util.Map;
import org.kith.api.recognition.EmbeddingModel;

/**
 * Everything one evaluation measured, with what it ran on. {@code verification} and {@code
 * identification} are the original images; the {@code lighting*} lists add the darkened and
 * brightened conditions (empty when skipped). Sections not run are null or empty.
 */
public record EvaluationReport(
    Run run,
    Dataset dataset,
    Map<Lighting, FailureCounts> failures,
    VerificationResult verification,
    IdentificationResult identification,
    ClassSeparation separation,
    List<YawRow> yaw,
    List<VerificationResult> lightingVerification,
    List<IdentificationResult> lightingIdentification) {

  /** How and where it ran. */
  public record Run(
      String command,
      String date,
      MachineInfo machine,
      EmbeddingModel model,
      List<String> requestedModels,
      List<String> embeddingModelsSeen,
      int threads,
      double seconds,
      Double deployedThreshold) {}

  /** The data set: paths and counts. */
  public record Dataset(
      String root,
      String pairsFile,
      String identFile,
      int identities,
      int images,
      int genuinePairs,
      int impostorPairs,
      int galleryImages,
      int galleryIdentities,
      int matedProbes,
      int strangerProbes) {}
}
