package org.kith.recognition.tools.eval;

/**
 * Wrong arguments or unusable input files: the command prints the message (and the usage when
 * {@code showUsage}) and exits with status 2.
 */
public class EvalInputException extends RuntimeException {
  private final boolean showUsage;

  public EvalInputException(String message, boolean showUsage) {
    super(message);
    this.showUsage = showUsage;
  }

  public EvalInputException(String message) {
    this(message, false);
  }

  public boolean showUsage() {
    return showUsage;
  }
}
