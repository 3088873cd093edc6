package org.kith.api.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.kith.api.problem.ErrorCode;
import org.kith.api.problem.ProblemDetail;

/**
 * The framework's own errors (unknown path, wrong method, unreadable body, forbidden role) in the
 * same problem form as Kith's, with a code derived from the status.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    int status = original.getStatus();
    Response.StatusType statusType = Response.Status.fromStatusCode(status);
    String reason = statusType == null ? "Error" : statusType.getReasonPhrase();
    ErrorCode code = new HttpErrorCode(status, reason);
    Response.ResponseBuilder answer =
        Response.fromResponse(
            ProblemResponses.of(ProblemDetail.of(code, reason, RequestPaths.of(uriInfo))));
    // Keep Allow on 405 and WWW-Authenticate on 401: clients rely on them.
    original
        .getHeaders()
        .forEach(
            (name, values) -> {
              if ("Allow".equalsIgnoreCase(name) || "WWW-Authenticate".equalsIgnoreCase(name)) {
                values.forEach(v -> answer.header(name, v));
              }
            });
    return answer.build();
  }

  private record HttpErrorCode(int httpStatus, String title) implements ErrorCode {
    @Override
    public String code() {
      return "HTTP_" + httpStatus;
    }
  }
}
