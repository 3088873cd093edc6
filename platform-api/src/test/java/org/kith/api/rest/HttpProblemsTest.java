package org.kith.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HttpProblemsTest {
  private static String code(int status, String contentType) {
    return HttpProblems.forStatus(status, contentType).code();
  }

  @Test
  void eachFrameworkStatusHasItsOwnCode() {
    assertEquals("UNKNOWN_PATH", code(404, null));
    assertEquals("METHOD_NOT_ALLOWED", code(405, null));
    assertEquals("NOT_ACCEPTABLE", code(406, null));
    assertEquals("UNSUPPORTED_MEDIA_TYPE", code(415, "text/plain"));
    assertEquals("UNAUTHENTICATED", code(401, null));
    assertEquals("FORBIDDEN", code(403, null));
    assertEquals("HEADERS_TOO_LARGE", code(431, null));
    assertEquals("HTTP_409", code(409, null));
    assertEquals("INTERNAL", code(502, null));
  }

  @Test
  void aBadRequestIsNamedForWhatTheRequestClaimedToBe() {
    assertEquals("MULTIPART_MALFORMED", code(400, "multipart/form-data"));
    assertEquals("MULTIPART_MALFORMED", code(400, " Multipart/form-data; boundary=x"));
    assertEquals("CONTENT_TYPE_INVALID", code(400, "image/jpeg, image/png"));
    assertEquals("CONTENT_TYPE_INVALID", code(415, "image/jpeg, image/png"));
    assertEquals("CONTENT_TYPE_INVALID", code(400, "jpeg"));
    assertEquals("MALFORMED_REQUEST", code(400, "application/json; charset=utf-8"));
    assertEquals("MALFORMED_REQUEST", code(400, null));
  }
}
