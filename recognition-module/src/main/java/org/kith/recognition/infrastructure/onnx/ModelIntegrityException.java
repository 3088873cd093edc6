package org.kith.recognition.infrastructure.onnx;

/**
 * A model file that is missing, differs from its manifest's sha256, or is listed twice. Thrown at
 * start-up so that the module never serves from a model nobody vouched for.
 */
public class ModelIntegrityException extends RuntimeException {
  public ModelIntegrityException(String message) {
    super(message);
  }
}
