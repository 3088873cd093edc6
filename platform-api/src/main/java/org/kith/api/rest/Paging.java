package org.kith.api.rest;

import org.kith.api.problem.InvalidRequestException;

/**
 * A page of a list: {@code offset} items skipped, at most {@code limit} returned. Checked here
 * rather than with constraints on query parameters, which Payara's OpenAPI generator cannot read.
 */
public record Paging(int offset, int limit) {
  public static final int MAX_LIMIT = 500;

  public Paging {
    if (offset < 0) {
      throw InvalidRequestException.of("offset", "must be 0 or more");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw InvalidRequestException.of("limit", "must be between 1 and " + MAX_LIMIT);
    }
  }
}
