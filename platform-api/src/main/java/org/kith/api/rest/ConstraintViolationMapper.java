package org.kith.api.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import org.kith.api.problem.CommonErrors;
import org.kith.api.problem.ProblemDetail;
import org.kith.api.problem.ProblemDetail.FieldViolation;

/** Bean Validation failures become a 400 problem naming each invalid field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<FieldViolation> violations =
        exception.getConstraintViolations().stream()
            .map(v -> new FieldViolation(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldViolation::field))
            .toList();
    String detail =
        violations.size() == 1
            ? violations.get(0).field() + " " + violations.get(0).message()
            : violations.size() + " fields are invalid";
    return ProblemResponses.of(
        ProblemDetail.of(CommonErrors.VALIDATION_FAILED, detail, RequestPaths.of(uriInfo))
            .withViolations(violations));
  }

  /** The last path node is the field; method and parameter names are internal. */
  private static String fieldOf(ConstraintViolation<?> violation) {
    String field = null;
    for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
      field = node.getName();
    }
    return field == null ? "request" : field;
  }
}
