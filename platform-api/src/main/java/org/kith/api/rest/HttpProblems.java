package org.kith.api.rest;

import java.util.Locale;
import org.kith.api.problem.CommonErrors;
import org.kith.api.problem.ErrorCode;

/**
 * The specific code for an error the framework or the container raised before Kith's code ran, from
 * its status and what the request claimed to be. Shared by the JAX-RS mappers and the servlet error
 * page, so an unknown path gets the same answer inside and outside the REST API.
 */
public final class HttpProblems {
  private HttpProblems() {}

  public static ErrorCode forStatus(int status, String contentType) {
    return switch (status) {
      case 400 ->
          isMultipart(contentType)
              ? CommonErrors.MULTIPART_MALFORMED
              : isListOrInvalid(contentType)
                  ? CommonErrors.CONTENT_TYPE_INVALID
                  : CommonErrors.MALFORMED_REQUEST;
      case 401 -> CommonErrors.UNAUTHENTICATED;
      case 403 -> CommonErrors.FORBIDDEN;
      case 404 -> CommonErrors.UNKNOWN_PATH;
      case 405 -> CommonErrors.METHOD_NOT_ALLOWED;
      case 406 -> CommonErrors.NOT_ACCEPTABLE;
      case 413 -> CommonErrors.REQUEST_TOO_LARGE;
      case 415 ->
          isListOrInvalid(contentType)
              ? CommonErrors.CONTENT_TYPE_INVALID
              : CommonErrors.UNSUPPORTED_MEDIA_TYPE;
      case 431 -> CommonErrors.HEADERS_TOO_LARGE;
      case 503 -> CommonErrors.SERVICE_UNAVAILABLE;
      default -> status >= 500 ? CommonErrors.INTERNAL : new StatusCode(status);
    };
  }

  /** A {@code multipart/*} body, however broken its parameters. */
  public static boolean isMultipart(String contentType) {
    return contentType != null
        && contentType.trim().toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  /**
   * A Content-Type that is not exactly one {@code type/subtype}: a comma-separated list of types
   * (the header is single-valued) or no slash at all.
   */
  static boolean isListOrInvalid(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return false;
    }
    String bare = contentType.split(";", 2)[0];
    return bare.contains(",") || !bare.contains("/") || bare.trim().contains(" ");
  }

  /** Statuses with no more specific meaning for Kith keep a code derived from the number. */
  private record StatusCode(int httpStatus) implements ErrorCode {
    @Override
    public String code() {
      return "HTTP_" + httpStatus;
    }

    @Override
    public String title() {
      jakarta.ws.rs.core.Response.StatusType type =
          jakarta.ws.rs.core.Response.Status.fromStatusCode(httpStatus);
      return type == null ? "Error" : type.getReasonPhrase();
    }
  }
}
