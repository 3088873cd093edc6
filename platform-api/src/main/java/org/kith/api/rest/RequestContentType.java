package org.kith.api.rest;

import jakarta.ws.rs.core.HttpHeaders;

/** The request's raw Content-Type header, read without parsing it (it may be what failed). */
final class RequestContentType {
  private RequestContentType() {}

  static String of(HttpHeaders headers) {
    if (headers == null) {
      return null;
    }
    try {
      return headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
