package org.kith.api.problem;

/** Errors any module can raise. Module-specific codes live in each module's own enum. */
public enum CommonErrors implements ErrorCode {
  NOT_FOUND(404, "The resource does not exist"),
  UNKNOWN_PATH(404, "No endpoint has this path"),
  METHOD_NOT_ALLOWED(405, "The endpoint does not answer this HTTP method"),
  NOT_ACCEPTABLE(406, "The endpoint cannot answer in any of the accepted media types"),
  UNSUPPORTED_MEDIA_TYPE(415, "The endpoint does not read a body of this Content-Type"),
  CONTENT_TYPE_INVALID(400, "The Content-Type header is not one valid media type"),
  MULTIPART_MALFORMED(400, "The multipart body cannot be read"),
  UNAUTHENTICATED(401, "The request carries no valid bearer token"),
  FORBIDDEN(403, "The caller's role may not use this endpoint"),
  REQUEST_TOO_LARGE(413, "The request is larger than the server accepts"),
  HEADERS_TOO_LARGE(431, "The request's headers are larger than the server accepts"),
  VALIDATION_FAILED(400, "The request is not valid"),
  MALFORMED_REQUEST(400, "The request body cannot be read"),
  NO_CLINIC(403, "The caller's token names no clinic"),
  CONFLICT(409, "The resource was changed by someone else"),
  SERVICE_UNAVAILABLE(503, "A service Kith depends on is not available"),
  DATABASE_BUSY(503, "Another change to the same records was in the way; try again in a moment"),
  DATABASE_UNAVAILABLE(503, "Kith's database cannot be reached; try again later"),
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
