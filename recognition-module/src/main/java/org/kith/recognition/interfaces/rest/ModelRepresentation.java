package org.kith.recognition.interfaces.rest;

import org.kith.recognition.infrastructure.onnx.ModelDescriptor;

/** A loaded model's provenance, as an operator needs it to answer "where did this come from?". */
public record ModelRepresentation(
    String name,
    String version,
    String role,
    String sha256,
    String source,
    String licence,
    String inputLayout,
    String normalisation) {

  static ModelRepresentation of(ModelDescriptor d) {
    return new ModelRepresentation(
        d.name(),
        d.version(),
        d.role(),
        d.sha256(),
        d.source(),
        d.licence(),
        d.inputLayout(),
        d.normalisation());
  }
}
