package org.kith.api.recognition;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The context of one face (papers 001 and 004) and one overall {@code score} in [0, 1] that the
 * gallery gates enrolment on and adapts thresholds to. {@code brightness} and {@code contrast} are
 * the aligned crop's luma mean and standard deviation in [0, 1]; {@code sharpness} is the variance
 * of its Laplacian normalised to [0, 1]; {@code faceSize} is the inter-ocular distance in pixels;
 * {@code occlusion} is 1 minus the mean region visibility; {@code liveness} is the anti-spoof
 * model's probability that the face is real.
 */
public record FaceQuality(
    double score,
    double brightness,
    double contrast,
    double sharpness,
    double faceSize,
    double occlusion,
    double detectionScore,
    double liveness) {

  /** The values by name, for the audit log and reports. */
  public Map<String, Double> values() {
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("score", score);
    values.put("brightness", brightness);
    values.put("contrast", contrast);
    values.put("sharpness", sharpness);
    values.put("faceSize", faceSize);
    values.put("occlusion", occlusion);
    values.put("detectionScore", detectionScore);
    values.put("liveness", liveness);
    return values;
  }
}
