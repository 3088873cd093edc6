package org.kith.api.rest;

import jakarta.ws.rs.core.Response;
import org.kith.api.problem.ProblemDetail;

/** Builds {@code application/problem+json} responses. */
public final class ProblemResponses {
  private ProblemResponses() {}

  public static Response of(ProblemDetail problem) {
    return Response.status(problem.status()).type(ProblemDetail.MEDIA_TYPE).entity(problem).build();
  }
}
