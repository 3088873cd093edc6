package org.kith.gallery.interfaces.rest;

import java.util.UUID;
import java.util.regex.Pattern;

/** The request id that ties an answer to its audit event: the caller's, if sane, else a new one. */
final class RequestIds {
  static final String HEADER = "X-Request-Id";
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private RequestIds() {}

  static String of(String header) {
    return header != null && SANE.matcher(header).matches() ? header : UUID.randomUUID().toString();
  }
}
