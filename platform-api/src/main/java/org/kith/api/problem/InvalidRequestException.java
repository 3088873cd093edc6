package org.kith.api.problem;

import java.util.List;
import org.kith.api.problem.ProblemDetail.FieldViolation;

/** A request that names invalid fields; answered as a 400 problem listing each one. */
public class InvalidRequestException extends KithException {
  private final transient List<FieldViolation> violations;

  public InvalidRequestException(List<FieldViolation> violations) {
    super(CommonErrors.VALIDATION_FAILED, describe(violations));
    this.violations = List.copyOf(violations);
  }

  public static InvalidRequestException of(String field, String message) {
    return new InvalidRequestException(List.of(new FieldViolation(field, message)));
  }

  public List<FieldViolation> violations() {
    return violations;
  }

  private static String describe(List<FieldViolation> violations) {
    return violations.size() == 1
        ? violations.get(0).field() + " " + violations.get(0).message()
        : violations.size() + " fields are invalid";
  }
}
