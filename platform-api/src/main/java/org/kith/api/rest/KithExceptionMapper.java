package org.kith.api.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kith.api.problem.InvalidRequestException;
import org.kith.api.problem.KithException;
import org.kith.api.problem.ProblemDetail;

/**
 * Answers Kith's own exceptions with their stable code; client errors are logged without a trace.
 */
@Provider
public class KithExceptionMapper implements ExceptionMapper<KithException> {
  private static final Logger LOG = Logger.getLogger(KithExceptionMapper.class.getName());

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(KithException exception) {
    int status = exception.errorCode().httpStatus();
    if (status >= 500) {
      LOG.log(Level.SEVERE, "KITH-500 " + exception.errorCode().code(), exception);
    } else {
      LOG.fine(() -> exception.errorCode().code() + ": " + exception.getMessage());
    }
    ProblemDetail problem =
        ProblemDetail.of(exception.errorCode(), exception.getMessage(), RequestPaths.of(uriInfo));
    if (exception instanceof InvalidRequestException invalid) {
      problem = problem.withViolations(invalid.violations());
    }
    return ProblemResponses.of(problem);
  }
}
