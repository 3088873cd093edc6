package org.kith.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemDetailTest {

  @Test
  void carriesTheStableCodeStatusAndADocumentedType() {
    ProblemDetail problem =
        ProblemDetail.of(CommonErrors.NOT_FOUND, "patient 7 does not exist", "/x");
    assertEquals(404, problem.status());
    assertEquals("NOT_FOUND", problem.code());
    assertEquals("https://kith.invalid/problems/not-found", problem.type().toString());
    assertEquals("The resource does not exist", problem.title());
  }

  @Test
  void listsFieldViolations() {
    ProblemDetail problem =
        ProblemDetail.of(CommonErrors.VALIDATION_FAILED, "1 field is invalid", null)
            .withViolations(
                List.of(new ProblemDetail.FieldViolation("pseudonym", "must not be blank")));
    assertEquals("pseudonym", problem.violations().get(0).field());
  }
}
