package org.kith.api.rest;

import org.kith.api.problem.InvalidRequestException;

/** Checks that a request carried the body its endpoint reads. */
public final class RequestBodies {
  private RequestBodies() {}

  public static <T> T require(T body) {
    if (body == null) {
      throw InvalidRequestException.of("body", "must be present");
    }
    return body;
  }
}
