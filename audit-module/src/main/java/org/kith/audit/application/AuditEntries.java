package org.kith.audit.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.kith.api.audit.AppliedThresholds;
import org.kith.api.audit.AuditAction;
import org.kith.api.audit.AuditEntry;
import org.kith.api.audit.AuditedFace;
import org.kith.api.audit.AuditedIdentification;
import org.kith.api.problem.InvalidRequestException;
import org.kith.api.problem.ProblemDetail.FieldViolation;
import org.kith.api.tenancy.ClinicId;
import org.kith.audit.domain.AuditRecord;
import org.kith.audit.domain.AuditedFaceRecord;
import org.kith.audit.domain.Decimals;
import org.kith.audit.domain.QualityValues;

/**
 * Checks an entry a module sent and turns it into a draft record. Every limit here is a column
 * width or a range the canonical form relies on, so an entry that passes can always be stored: one
 * bad entry never fails the group it is committed with.
 */
final class AuditEntries {
  static final Set<String> TARGET_TYPES =
      Set.of("PATIENT", "PERSON", "CONSENT", "TEMPLATE", "DEVICE");
  private static final Pattern QUALITY_NAME = Pattern.compile("[a-z][a-zA-Z0-9_.-]{0,31}");
  private static final int MAX_FACES = 64;
  private static final double MAX_DECIMAL = 999.0;

  private AuditEntries() {}

  static AuditRecord draft(AuditEntry e) {
    List<FieldViolation> v = new ArrayList<>();
    if (e.clinicId() == null || ClinicId.fromClaim(e.clinicId()).isEmpty()) {
      v.add(new FieldViolation("clinicId", "must be a clinic id"));
    }
    if (e.action() == null) {
      v.add(new FieldViolation("action", "must be present"));
    }
    if (e.outcome() == null) {
      v.add(new FieldViolation("outcome", "must be present"));
    }
    if (e.actor() == null) {
      v.add(new FieldViolation("actor", "must be present"));
    } else {
      text(v, "actor.subject", e.actor().subject(), 255, true);
      text(v, "actor.role", e.actor().role(), 64, true);
      text(v, "actor.address", e.actor().address(), 64, false);
    }
    text(v, "requestId", e.requestId(), 64, false);
    text(v, "patientRef", e.patientRef(), 64, false);
    text(v, "deviceId", e.deviceId(), 64, false);
    text(v, "reason", e.reason(), 255, false);
    if (e.target() != null) {
      if (!TARGET_TYPES.contains(e.target().type())) {
        v.add(new FieldViolation("target.type", "must be one of " + TARGET_TYPES));
      }
      text(v, "target.id", e.target().id(), 64, true);
    }
    AuditedIdentification id = e.identification();
    boolean identification =
        e.action() == AuditAction.IDENTIFICATION || e.action() == AuditAction.ENCOUNTER_DECISION;
    if (identification && id == null && e.outcome() == org.kith.api.audit.AuditOutcome.SUCCESS) {
      v.add(
          new FieldViolation(
              "identification", "must be present for a successful " + e.action().name()));
    }
    if (!identification && id != null) {
      v.add(
          new FieldViolation(
              "identification", "is only allowed for IDENTIFICATION and ENCOUNTER_DECISION"));
    }
    if (e.action() == AuditAction.FEEDBACK && e.correctsEventId() == null) {
      v.add(new FieldViolation("correctsEventId", "must name the event the feedback corrects"));
    }
    if (e.action() != AuditAction.FEEDBACK && e.correctsEventId() != null) {
      v.add(new FieldViolation("correctsEventId", "is only allowed for FEEDBACK"));
    }
    List<AuditedFaceRecord> faces = new ArrayList<>();
    if (id != null) {
      text(v, "identification.modelId", id.modelId(), 64, true);
      text(v, "identification.modelVersion", id.modelVersion(), 32, true);
      if (id.latencyMillis() != null
          && (id.latencyMillis() < 0 || id.latencyMillis() > 3_600_000)) {
        v.add(new FieldViolation("identification.latencyMillis", "must be 0 to 3600000"));
      }
      List<AuditedFace> sent = id.faces() == null ? List.of() : id.faces();
      if (sent.size() > MAX_FACES) {
        v.add(new FieldViolation("identification.faces", "must hold at most " + MAX_FACES));
      }
      for (int i = 0; i < sent.size() && i < MAX_FACES; i++) {
        faces.add(face(v, "identification.faces[" + i + "]", i, sent.get(i)));
      }
    }
    if (!v.isEmpty()) {
      throw new InvalidRequestException(v);
    }
    Instant occurred =
        (e.occurredAt() == null ? Instant.now() : e.occurredAt()).truncatedTo(ChronoUnit.MICROS);
    return new AuditRecord(
        0,
        e.clinicId(),
        0,
        null,
        occurred,
        null,
        e.action().name(),
        e.outcome().name(),
        e.actor().subject(),
        e.actor().role(),
        e.actor().address(),
        e.requestId(),
        e.patientRef(),
        e.deviceId(),
        e.target() == null ? null : e.target().type(),
        e.target() == null ? null : e.target().id(),
        e.correctsEventId(),
        e.reason(),
        id == null ? null : id.modelId(),
        id == null ? null : id.modelVersion(),
        id == null ? null : id.latencyMillis(),
        faces,
        null);
  }

  private static AuditedFaceRecord face(
      List<FieldViolation> v, String field, int index, AuditedFace f) {
    if (f == null) {
      v.add(new FieldViolation(field, "must be present"));
      return null;
    }
    if (f.decision() == null) {
      v.add(new FieldViolation(field + ".decision", "must be present"));
    }
    text(v, field + ".candidatePersonId", f.candidatePersonId(), 64, false);
    number(v, field + ".score", f.score());
    number(v, field + ".runnerUpMargin", f.runnerUpMargin());
    AppliedThresholds t = f.thresholds();
    if (t != null) {
      number(v, field + ".thresholds.known", t.known());
      number(v, field + ".thresholds.uncertain", t.uncertain());
      text(v, field + ".thresholds.context", t.context(), 64, false);
    }
    Map<String, Double> quality = f.quality();
    if (quality != null) {
      if (quality.size() > 16) {
        v.add(new FieldViolation(field + ".quality", "must hold at most 16 values"));
      }
      quality.forEach(
          (name, value) -> {
            if (name == null || !QUALITY_NAME.matcher(name).matches()) {
              v.add(new FieldViolation(field + ".quality", "names must match " + QUALITY_NAME));
            }
            if (value == null) {
              v.add(new FieldViolation(field + ".quality." + name, "must be a number"));
            } else {
              number(v, field + ".quality." + name, value);
            }
          });
    }
    if (!v.isEmpty()) {
      return null;
    }
    return new AuditedFaceRecord(
        index,
        f.decision().name(),
        f.candidatePersonId(),
        Decimals.of(f.score()),
        Decimals.of(f.runnerUpMargin()),
        t == null ? null : Decimals.of(t.known()),
        t == null ? null : Decimals.of(t.uncertain()),
        t == null ? null : t.context(),
        QualityValues.canonical(quality));
  }

  private static void number(List<FieldViolation> v, String field, Double value) {
    if (value != null && (value.isNaN() || Math.abs(value) > MAX_DECIMAL)) {
      v.add(new FieldViolation(field, "must be a number between -999 and 999"));
    }
  }

  private static void text(
      List<FieldViolation> v, String field, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        v.add(new FieldViolation(field, "must be present"));
      }
      return;
    }
    if (value.length() > max) {
      v.add(new FieldViolation(field, "must be at most " + max + " characters"));
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      v.add(new FieldViolation(field, "must not contain control characters"));
    }
  }
}
