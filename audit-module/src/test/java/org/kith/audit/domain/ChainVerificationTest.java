package org.kith.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerificationTest {
  private static AuditRecord draft(String reason) {
    return new AuditRecord(
        0,
        "demo-clinic",
        0,
        null,
        Instant.parse("2026-11-20T09:15:30.123456Z"),
        null,
        "IDENTIFICATION",
        "SUCCESS",
        "subject",
        "device",
        null,
        "req-1",
        "pt-1",
        "dev-1",
        null,
        null,
        null,
        reason,
        "arcface",
        "1.0",
        80L,
        List.of(
            new AuditedFaceRecord(
                0,
                "KNOWN",
                "person-1",
                new BigDecimal("0.812300"),
                new BigDecimal("0.210000"),
                new BigDecimal("0.620000"),
                new BigDecimal("0.450000"),
                "default",
                "sharpness=0.910000")),
        null);
  }

  private static List<AuditRecord> chain(int length) {
    List<AuditRecord> chain = new ArrayList<>();
    ChainHead head = ChainHead.EMPTY;
    for (int i = 0; i < length; i++) {
      AuditRecord record =
          draft("r" + i).placed(100 + i, head, Instant.parse("2026-11-20T10:00:00Z"));
      chain.add(record);
      head = record.asHead();
    }
    return chain;
  }

  @Test
  void intactChainVerifies() {
    ChainVerification v = new ChainVerification();
    chain(5).forEach(v::accept);
    assertNull(v.broken());
    assertEquals(5, v.checked());
    assertEquals(5, v.head().sequence());
  }

  @Test
  void changedRecordIsNamed() {
    List<AuditRecord> chain = chain(5);
    AuditRecord original = chain.get(2);
    AuditRecord changed =
        new AuditRecord(
            original.id(),
            original.clinicId(),
            original.sequence(),
            original.previousHash(),
            original.occurredAt(),
            original.recordedAt(),
            original.action(),
            "FAILURE",
            original.actorSubject(),
            original.actorRole(),
            original.actorAddress(),
            original.requestId(),
            original.patientRef(),
            original.deviceId(),
            original.targetType(),
            original.targetId(),
            original.correctsEventId(),
            original.reason(),
            original.modelId(),
            original.modelVersion(),
            original.latencyMillis(),
            original.faces(),
            original.hash());
    chain.set(2, changed);
    ChainVerification v = new ChainVerification();
    chain.forEach(v::accept);
    assertEquals(ChainVerification.Problem.HASH_MISMATCH, v.broken().problem());
    assertEquals(102, v.broken().eventId());
    assertEquals(2, v.checked());
  }

  @Test
  void deletedRecordIsNamedAsAGap() {
    List<AuditRecord> chain = chain(5);
    chain.remove(1);
    ChainVerification v = new ChainVerification();
    chain.forEach(v::accept);
    assertEquals(ChainVerification.Problem.SEQUENCE_GAP, v.broken().problem());
    assertEquals(2, v.broken().expectedSequence());
    assertEquals(3, v.broken().sequence());
  }

  @Test
  void resumedWalkStartsAtTheVerifiedRecordAndChecksOnlyWhatFollows() {
    List<AuditRecord> chain = chain(6);
    ChainVerification v = new ChainVerification(chain.get(3).asHead());
    assertEquals(4, v.startSequence());
    chain.subList(3, 6).forEach(v::accept);
    v.finish();
    assertNull(v.broken());
    assertEquals(3, v.checked());
    assertEquals(6, v.head().sequence());
  }

  @Test
  void resumedWalkNamesAChangedResumePoint() {
    List<AuditRecord> chain = chain(5);
    AuditRecord verified = chain.get(2);
    ChainVerification v = new ChainVerification(verified.asHead());
    v.accept(verified.withFaces(List.of()));
    assertEquals(ChainVerification.Problem.HASH_MISMATCH, v.broken().problem());
    assertEquals(verified.id(), v.broken().eventId());
  }

  @Test
  void resumedWalkNamesADeletedResumePointAsAGap() {
    List<AuditRecord> chain = chain(5);
    ChainVerification v = new ChainVerification(chain.get(2).asHead());
    chain.subList(3, 5).forEach(v::accept);
    assertEquals(ChainVerification.Problem.SEQUENCE_GAP, v.broken().problem());
    assertEquals(3, v.broken().expectedSequence());
    assertEquals(chain.get(3).id(), v.broken().eventId());
  }

  @Test
  void resumedWalkOverAChainCutBeforeItsResumePointIsTruncated() {
    List<AuditRecord> chain = chain(5);
    ChainVerification v = new ChainVerification(chain.get(4).asHead());
    v.finish();
    assertEquals(ChainVerification.Problem.TRUNCATED, v.broken().problem());
    assertEquals(5, v.broken().expectedSequence());
  }

  @Test
  void changedFaceChangesTheHash() {
    AuditRecord a = draft("x").placed(1, ChainHead.EMPTY, Instant.EPOCH);
    AuditRecord b =
        a.withFaces(
            List.of(
                new AuditedFaceRecord(
                    0,
                    "KNOWN",
                    "person-2",
                    new BigDecimal("0.812300"),
                    new BigDecimal("0.210000"),
                    new BigDecimal("0.620000"),
                    new BigDecimal("0.450000"),
                    "default",
                    "sharpness=0.910000")));
    assertNotEquals(CanonicalForm.hash(a), CanonicalForm.hash(b));
  }

  @Test
  void canonicalFormIsLengthPrefixedAndFixed() {
    AuditRecord a = draft("x").placed(1, ChainHead.EMPTY, Instant.parse("2026-11-20T10:00:00Z"));
    String form = CanonicalForm.of(a);
    assertTrue(form.startsWith("v:1:1\nid:1:1\nclinic:11:demo-clinic\nseq:1:1\n"), form);
    assertTrue(form.contains("\ntargetType:-\ntargetId:-\ncorrects:-\n"), form);
    // Pinned: a change of the form is a change of every hash ever published.
    assertEquals(a.hash(), CanonicalForm.hash(a));
    assertEquals(64, a.hash().length());
    assertEquals("recordedAt:27:2026-11-20T10:00:00.000000Z", form.lines().toList().get(6));
  }

  @Test
  void decimalsAndQualityValuesAreCanonical() {
    assertEquals("0.812300", Decimals.canonical(Decimals.of(0.8123)));
    assertEquals(
        "sharpness=0.910000;yaw=-12.500000",
        QualityValues.canonical(java.util.Map.of("yaw", -12.5, "sharpness", 0.91)));
  }
}
