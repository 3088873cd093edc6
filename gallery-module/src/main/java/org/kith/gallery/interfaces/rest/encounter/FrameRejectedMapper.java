package org.kith.gallery.interfaces.rest.encounter;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.kith.api.problem.ProblemDetail;
import org.kith.api.rest.RequestPaths;
import org.kith.gallery.application.encounter.FrameRejectedException;

/** A refused frame is its code's problem, carrying the encounter's events as an extension. */
@Provider
public class FrameRejectedMapper implements ExceptionMapper<FrameRejectedException> {
  private static final Logger LOG = Logger.getLogger(FrameRejectedMapper.class.getName());

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(FrameRejectedException e) {
    LOG.fine(() -> "GAL-204 frame refused: " + e.errorCode().code());
    ProblemDetail problem =
        ProblemDetail.of(e.errorCode(), e.getMessage(), RequestPaths.of(uriInfo));
    return Response.status(problem.status())
        .type(ProblemDetail.MEDIA_TYPE)
        .entity(FrameProblem.of(problem, e.events()))
        .build();
  }
}
