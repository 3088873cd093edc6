package org.kith.api.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.kith.api.problem.CommonErrors;
import org.kith.api.problem.ProblemDetail;

/**
 * A body the endpoint cannot read is the client's error (400), not the server's: JSON of the wrong
 * shape, or a multipart body that is unterminated, has no boundary or is not multipart at all.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

  @Context UriInfo uriInfo;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ProcessingException exception) {
    String contentType = RequestContentType.of(headers);
    if (HttpProblems.isMultipart(contentType)) {
      return ProblemResponses.of(
          ProblemDetail.of(
              CommonErrors.MULTIPART_MALFORMED,
              "The multipart body cannot be read: it needs a boundary, parts that each end with"
                  + " it, and a closing boundary",
              RequestPaths.of(uriInfo)));
    }
    return ProblemResponses.of(
        ProblemDetail.of(
            CommonErrors.MALFORMED_REQUEST,
            "The request body is not valid JSON of the expected shape",
            RequestPaths.of(uriInfo)));
  }
}
