package org.kith.api.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kith.api.problem.CommonErrors;
import org.kith.api.problem.ProblemDetail;

/**
 * Last resort: an unexpected failure is logged with an incident id and answered with that id only,
 * so no stack trace or internal detail reaches a device or browser.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(Exception exception) {
    var transientFailure = TransientFailures.classify(exception);
    if (transientFailure.isPresent()) {
      LOG.log(Level.WARNING, "KITH-503 " + transientFailure.get().code(), exception);
      return Response.fromResponse(
              ProblemResponses.of(
                  ProblemDetail.of(
                      transientFailure.get(),
                      transientFailure.get().title(),
                      RequestPaths.of(uriInfo))))
          .header("Retry-After", "1")
          .build();
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "KITH-500 incident " + incident, exception);
    return ProblemResponses.of(
        ProblemDetail.of(
            CommonErrors.INTERNAL,
            "Kith could not complete the request; quote incident " + incident,
            RequestPaths.of(uriInfo)));
  }
}
