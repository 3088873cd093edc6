package org.kith.api.problem;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail with Kith's extension members: a stable {@code code} and, for
 * validation failures, the offending fields.
 */
public record ProblemDetail(
    URI type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    List<FieldViolation> violations) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** Problem types are documented under this base, one page per code. */
  public static final String TYPE_BASE = "https://kith.invalid/problems/";

  public static ProblemDetail of(ErrorCode error, String detail, String instance) {
    return new ProblemDetail(
        URI.create(TYPE_BASE + error.code().toLowerCase().replace('_', '-')),
        error.title(),
        error.httpStatus(),
        detail,
        instance,
        error.code(),
        List.of());
  }

  public ProblemDetail withViolations(List<FieldViolation> fieldViolations) {
    return new ProblemDetail(
        type, title, status, detail, instance, code, List.copyOf(fieldViolations));
  }

  /** One invalid field of a request. */
  public record FieldViolation(String field, String message) {}
}
