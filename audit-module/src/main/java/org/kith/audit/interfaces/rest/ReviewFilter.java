package org.kith.audit.interfaces.rest;

import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.kith.api.audit.AuditAction;
import org.kith.api.audit.FaceDecision;
import org.kith.api.problem.InvalidRequestException;
import org.kith.audit.domain.AuditQuery;

/**
 * The review filters as query parameters. Checked here, not with constraints, which Payara's
 * OpenAPI generator cannot read on parameters.
 */
public class ReviewFilter {
  @QueryParam("from")
  String from;

  @QueryParam("to")
  String to;

  @QueryParam("patient")
  String patient;

  @QueryParam("device")
  String device;

  @QueryParam("action")
  String action;

  @QueryParam("decision")
  String decision;

  @QueryParam("person")
  String person;

  @QueryParam("minScore")
  String minScore;

  @QueryParam("maxScore")
  String maxScore;

  AuditQuery toQuery() {
    return new AuditQuery(
        instant("from", from),
        instant("to", to),
        blankToNull(patient),
        blankToNull(device),
        oneOf("action", action, AuditAction.values()),
        oneOf("decision", decision, FaceDecision.values()),
        blankToNull(person),
        decimal("minScore", minScore),
        decimal("maxScore", maxScore));
  }

  /**
   * The filters as they were asked for, for the audit record of the read: only the ones given, in a
   * fixed order.
   */
  String describe() {
    StringBuilder out = new StringBuilder();
    String[][] given = {
      {"from", from},
      {"to", to},
      {"patient", patient},
      {"device", device},
      {"action", action},
      {"decision", decision},
      {"person", person},
      {"minScore", minScore},
      {"maxScore", maxScore}
    };
    for (String[] filter : given) {
      if (filter[1] != null && !filter[1].isBlank()) {
        out.append(out.length() == 0 ? "" : "&").append(filter[0]).append('=').append(filter[1]);
      }
    }
    return out.length() == 0 ? "all" : out.toString();
  }

  static Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw InvalidRequestException.of(
          field, "must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
    }
  }

  private static BigDecimal decimal(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw InvalidRequestException.of(field, "must be a decimal number");
    }
  }

  private static String oneOf(String field, String value, Enum<?>[] allowed) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (Arrays.stream(allowed).noneMatch(a -> a.name().equals(value))) {
      throw InvalidRequestException.of(field, "must be one of " + Arrays.toString(allowed));
    }
    return value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
