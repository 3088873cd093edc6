package org.kith.api.problem;

/** Errors any module can raise. Module-specific codes live in each module's own enum. */
public enum CommonErrors implements ErrorCode {
  NOT_FOUND(404, "The resource does not exist"),
  VALIDATION_FAILED(400, "The request is not valid"),
  MALFORMED_REQUEST(400, "The request body cannot be read"),
  NO_CLINIC(403, "The caller's token names no clinic"),
  CONFLICT(409, "The resource was changed by someone else"),
  SERVICE_UNAVAILABLE(503, "A service Kith depends on is not available"),
  INTERNAL(500, "Kith could not complete the request");

  private final int httpStatus;
  private final String title;

  CommonErrors(int httpStatus, String title) {
    this.httpStatus = httpStatus;
    this.title = title;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public int httpStatus() {
    return httpStatus;
  }

  @Override
  public String title() {
    return title;
  }
}
