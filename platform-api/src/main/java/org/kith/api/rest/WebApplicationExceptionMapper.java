package org.kith.api.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.kith.api.problem.ErrorCode;
import org.kith.api.problem.ProblemDetail;

/**
 * The framework's own errors (unknown path, wrong method, unreadable body, unsupported media type,
 * forbidden role) in the same problem form as Kith's, each with its own code.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context UriInfo uriInfo;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    int status = original.getStatus();
    ErrorCode code = HttpProblems.forStatus(status, RequestContentType.of(headers));
    Response.ResponseBuilder answer =
        Response.fromResponse(
            ProblemResponses.of(
                ProblemDetail.of(code, detail(code, status), RequestPaths.of(uriInfo))));
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

  /** The title, and the status line's reason when the code is only derived from the status. */
  private static String detail(ErrorCode code, int status) {
    return code.httpStatus() == status ? code.title() : "HTTP " + status;
  }
}
