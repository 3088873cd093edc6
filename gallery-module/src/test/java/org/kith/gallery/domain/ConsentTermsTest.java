package org.kith.gallery.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kith.api.problem.InvalidRequestException;
import org.kith.api.problem.ProblemDetail.FieldViolation;

class ConsentTermsTest {
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  private static List<String> invalidFields(ConsentTerms terms) {
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> terms.validatedAt(NOW));
    return e.violations().stream().map(FieldViolation::field).toList();
  }

  @Test
  void personalSignedConsentIsValidAndDefaultsToNow() {
    ConsentTerms terms =
        new ConsentTerms(
                ConsentGiver.PERSON,
                null,
                ConsentMethod.SIGNED_FORM,
                null,
                "binder 4, page 12",
                null,
                null)
            .validatedAt(NOW);
    assertEquals(NOW, terms.givenAt());
  }

  @Test
  void representativeMustBeNamed() {
    assertEquals(
        List.of("representativeName"),
        invalidFields(
            new ConsentTerms(
                ConsentGiver.LEGAL_REPRESENTATIVE,
                " ",
                ConsentMethod.SIGNED_FORM,
                null,
                "file 9",
                null,
                null)));
  }

  @Test
  void verbalConsentNeedsAWitnessAndASignedFormItsWhereabouts() {
    assertEquals(
        List.of("witness"),
        invalidFields(
            new ConsentTerms(
                ConsentGiver.PERSON, null, ConsentMethod.RECORDED_VERBAL, null, null, null, null)));
    assertEquals(
        List.of("evidenceReference"),
        invalidFields(
            new ConsentTerms(
                ConsentGiver.PERSON, null, ConsentMethod.SIGNED_FORM, null, "", null, null)));
  }

  @Test
  void consentCannotBeGivenInTheFutureNorExpireBeforeItWasGiven() {
    assertEquals(
        List.of("givenAt"),
        invalidFields(
            new ConsentTerms(
                ConsentGiver.PERSON,
                null,
                ConsentMethod.RECORDED_VERBAL,
                "Nurse Ada",
                null,
                NOW.plus(Duration.ofDays(1)),
                null)));
    assertEquals(
        List.of("expiresAt"),
        invalidFields(
            new ConsentTerms(
                ConsentGiver.PERSON,
                null,
                ConsentMethod.RECORDED_VERBAL,
                "Nurse Ada",
                null,
                NOW.minusSeconds(60),
                NOW.minusSeconds(120))));
  }

  @Test
  void missingGiverAndMethodAreBothReported() {
    assertEquals(
        List.of("givenBy", "method"),
        invalidFields(new ConsentTerms(null, null, null, null, null, null, null)));
  }
}
