package org.kith.gallery.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelCoverageTest {
  private static final String CURRENT = "arcface@2";
  private static final String EARLIER = "arcface@1";
  private static final String OLDEST = "facenet@1";

  @Test
  void allTemplatesOfEarlierModelsWithActiveConsentNeedReEnrolment() {
    ModelCoverage coverage = new ModelCoverage(Map.of(EARLIER, 3L, OLDEST, 1L));
    assertTrue(coverage.needsReEnrolment(CURRENT, ConsentStatus.ACTIVE));
    assertEquals(0, coverage.of(CURRENT));
    assertEquals(4, coverage.staleFor(CURRENT));
    assertEquals(List.of(EARLIER, OLDEST), coverage.staleModels(CURRENT));
  }

  @Test
  void oneTemplateOfTheCurrentModelIsEnoughEvenBesideStaleOnes() {
    ModelCoverage coverage = new ModelCoverage(Map.of(EARLIER, 3L, CURRENT, 1L));
    assertFalse(coverage.needsReEnrolment(CURRENT, ConsentStatus.ACTIVE));
    assertEquals(1, coverage.of(CURRENT));
    assertEquals(3, coverage.staleFor(CURRENT));
    assertEquals(List.of(EARLIER), coverage.staleModels(CURRENT));
  }

  @Test
  void withoutTemplatesOrWithoutActiveConsentThereIsNothingToReEnrol() {
    assertFalse(new ModelCoverage(Map.of()).needsReEnrolment(CURRENT, ConsentStatus.ACTIVE));
    ModelCoverage stale = new ModelCoverage(Map.of(EARLIER, 2L));
    for (ConsentStatus status :
        List.of(ConsentStatus.WITHDRAWN, ConsentStatus.EXPIRED, ConsentStatus.NONE)) {
      assertFalse(stale.needsReEnrolment(CURRENT, status), status::name);
    }
  }
}
