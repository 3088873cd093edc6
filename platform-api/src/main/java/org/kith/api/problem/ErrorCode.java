package org.kith.api.problem;

/**
 * A stable, documented error code. Clients branch on {@link #code()}, never on message text, so
 * messages may be improved without breaking devices in the field.
 */
public interface ErrorCode {
  /** A short upper-case identifier such as {@code PATIENT_NOT_FOUND}. */
  String code();

  /** The HTTP status this error is answered with. */
  int httpStatus();

  /** A one-line human title, the same for every occurrence of the code. */
  String title();
}
