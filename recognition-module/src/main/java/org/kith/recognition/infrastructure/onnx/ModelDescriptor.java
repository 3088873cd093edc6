package org.kith.recognition.infrastructure.onnx;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * One model as its manifest entry describes it: where it came from, under which licence, what it
 * expects and what its outputs mean, and the sha256 the file must have. {@code embedding} holds an
 * embedding model's preprocessing (crop size, alignment template, channel order, mean and scale,
 * output name) and is empty for other models; {@code alignment} states the crop a weights-only
 * model was trained on (e.g. dlib's chip size and padding), empty where the template says all.
 */
public record ModelDescriptor(
    String name,
    String version,
    String role,
    String file,
    String sha256,
    String source,
    String licence,
    String inputLayout,
    String normalisation,
    List<String> outputs,
    JsonObject embedding,
    JsonObject alignment) {}
