package org.kith.api.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClinicIdTest {

  @Test
  void readsAPlainOrJsonQuotedClaim() {
    assertEquals(new ClinicId("demo-clinic"), ClinicId.fromClaim("demo-clinic").orElseThrow());
    assertEquals(new ClinicId("demo-clinic"), ClinicId.fromClaim("\"demo-clinic\"").orElseThrow());
  }

  @Test
  void missingOrMalformedClaimMeansNoClinic() {
    assertTrue(ClinicId.fromClaim(null).isEmpty());
    assertTrue(ClinicId.fromClaim("").isEmpty());
    assertTrue(ClinicId.fromClaim("Demo Clinic").isEmpty());
    assertTrue(ClinicId.fromClaim("../other").isEmpty());
  }

  @Test
  void refusesToBuildAMalformedId() {
    assertThrows(IllegalArgumentException.class, () -> new ClinicId("a b"));
    assertThrows(NullPointerException.class, () -> new ClinicId(null));
  }
}
