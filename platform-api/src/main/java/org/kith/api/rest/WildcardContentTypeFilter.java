package org.kith.api.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.kith.api.problem.CommonErrors;
import org.kith.api.problem.ProblemDetail;

/**
 * A body whose Content-Type is a wildcard ({@code *}{@code /*}, {@code image/*}) says what it is
 * not: it would match every reader an endpoint has, and which one the framework then picks is left
 * to chance (a multipart reader failing on a JPEG, say). Refused before any resource is chosen, the
 * same way on every endpoint, as not one valid media type.
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class WildcardContentTypeFilter implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
    if (contentType == null) {
      return;
    }
    String bare = contentType.split(";", 2)[0];
    if (bare.contains("*")) {
      request.abortWith(
          ProblemResponses.of(
              ProblemDetail.of(
                  CommonErrors.CONTENT_TYPE_INVALID,
                  "Content-Type "
                      + bare.strip()
                      + " is a wildcard; name the body's one media type, e.g. image/jpeg",
                  RequestPaths.of(request.getUriInfo()))));
    }
  }
}
