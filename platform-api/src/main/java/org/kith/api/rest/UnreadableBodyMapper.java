package org.kith.api.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.kith.api.problem.CommonErrors;
import org.kith.api.problem.ProblemDetail;

/** A body that is not the JSON the endpoint reads is the client's error (400), not the server's. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ProcessingException exception) {
    return ProblemResponses.of(
        ProblemDetail.of(
            CommonErrors.MALFORMED_REQUEST,
            "The request body is not valid JSON of the expected shape",
            RequestPaths.of(uriInfo)));
  }
}
