package org.kith.gallery.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kith.api.problem.InvalidRequestException;
import org.kith.api.problem.ProblemDetail.FieldViolation;

/**
 * What a consent says: who gave it, how it is evidenced, when, and until when. The rules that make
 * a consent valid evidence are checked here, so no invalid consent can be built.
 */
public record ConsentTerms(
    ConsentGiver givenBy,
    String representativeName,
    ConsentMethod method,
    String witness,
    String evidenceReference,
    Instant givenAt,
    Instant expiresAt) {

  /** Checks the terms as of {@code now}; throws naming every invalid field. */
  public ConsentTerms validatedAt(Instant now) {
    List<FieldViolation> violations = new ArrayList<>();
    if (givenBy == null) {
      violations.add(new FieldViolation("givenBy", "must be PERSON or LEGAL_REPRESENTATIVE"));
    } else if (givenBy == ConsentGiver.LEGAL_REPRESENTATIVE && isBlank(representativeName)) {
      violations.add(
          new FieldViolation("representativeName", "must name the legal representative"));
    }
    if (method == null) {
      violations.add(new FieldViolation("method", "must be SIGNED_FORM or RECORDED_VERBAL"));
    } else if (method == ConsentMethod.RECORDED_VERBAL && isBlank(witness)) {
      violations.add(new FieldViolation("witness", "must name the witness of a verbal consent"));
    } else if (method == ConsentMethod.SIGNED_FORM && isBlank(evidenceReference)) {
      violations.add(
          new FieldViolation("evidenceReference", "must say where the signed form is kept"));
    }
    if (givenAt != null && givenAt.isAfter(now)) {
      violations.add(new FieldViolation("givenAt", "must not be in the future"));
    }
    Instant effective = givenAt == null ? now : givenAt;
    if (expiresAt != null && !expiresAt.isAfter(effective)) {
      violations.add(new FieldViolation("expiresAt", "must be after the consent was given"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(violations);
    }
    return new ConsentTerms(
        givenBy,
        strip(representativeName),
        method,
        strip(witness),
        strip(evidenceReference),
        effective,
        expiresAt);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String strip(String value) {
    return isBlank(value) ? null : value.strip();
  }
}
