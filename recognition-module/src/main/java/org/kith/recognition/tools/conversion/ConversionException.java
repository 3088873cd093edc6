package org.kith.recognition.tools.conversion;

/** A model that cannot be converted faithfully; the build fails rather than ship a guess. */
public class ConversionException extends RuntimeException {
  public ConversionException(String message) {
    super(message);
  }
}
