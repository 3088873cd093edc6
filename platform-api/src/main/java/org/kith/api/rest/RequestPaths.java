package org.kith.api.rest;

import jakarta.ws.rs.core.UriInfo;

/** The problem's {@code instance}: the request path, without query parameters that may hold ids. */
public final class RequestPaths {
  private RequestPaths() {}

  public static String of(UriInfo uriInfo) {
    return uriInfo == null ? null : uriInfo.getRequestUri().getPath();
  }
}
