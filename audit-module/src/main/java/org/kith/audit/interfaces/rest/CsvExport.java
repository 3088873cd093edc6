package org.kith.audit.interfaces.rest;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.kith.audit.domain.AuditRecord;
import org.kith.audit.domain.AuditedFaceRecord;
import org.kith.audit.domain.CanonicalForm;
import org.kith.audit.domain.Decimals;

/**
 * Audit events as RFC 4180 CSV: a header row, then one line per event. An identification's faces
 * share the event's line, their values joined by {@code |} in face order.
 */
final class CsvExport {
  static final List<String> HEADER =
      List.of(
          "id",
          "clinic",
          "sequence",
          "occurred_at",
          "recorded_at",
          "action",
          "outcome",
          "actor_subject",
          "actor_role",
          "actor_address",
          "request_id",
          "patient",
          "device",
          "target_type",
          "target_id",
          "corrects_event_id",
          "reason",
          "model_id",
          "model_version",
          "latency_ms",
          "faces",
          "decisions",
          "candidate_persons",
          "scores",
          "runner_up_margins",
          "thresholds_known",
          "thresholds_uncertain",
          "threshold_contexts",
          "quality",
          "previous_hash",
          "hash");

  private CsvExport() {}

  static void header(Writer out) throws IOException {
    line(out, HEADER);
  }

  static void row(Writer out, AuditRecord r) throws IOException {
    List<AuditedFaceRecord> f = r.faces();
    line(
        out,
        List.of(
            Long.toString(r.id()),
            r.clinicId(),
            Long.toString(r.sequence()),
            CanonicalForm.instant(r.occurredAt()),
            CanonicalForm.instant(r.recordedAt()),
            r.action(),
            r.outcome(),
            text(r.actorSubject()),
            text(r.actorRole()),
            text(r.actorAddress()),
            text(r.requestId()),
            text(r.patientRef()),
            text(r.deviceId()),
            text(r.targetType()),
            text(r.targetId()),
            r.correctsEventId() == null ? "" : r.correctsEventId().toString(),
            text(r.reason()),
            text(r.modelId()),
            text(r.modelVersion()),
            r.latencyMillis() == null ? "" : r.latencyMillis().toString(),
            Integer.toString(f.size()),
            join(f, AuditedFaceRecord::decision),
            join(f, x -> x.candidatePersonId()),
            join(f, x -> Decimals.canonical(x.score())),
            join(f, x -> Decimals.canonical(x.runnerUpMargin())),
            join(f, x -> Decimals.canonical(x.thresholdKnown())),
            join(f, x -> Decimals.canonical(x.thresholdUncertain())),
            join(f, x -> x.thresholdContext()),
            join(f, x -> x.quality()),
            r.previousHash(),
            r.hash()));
  }

  private static String join(
      List<AuditedFaceRecord> faces, java.util.function.Function<AuditedFaceRecord, String> value) {
    return faces.stream().map(value).map(v -> v == null ? "" : v).collect(Collectors.joining("|"));
  }

  /**
   * Free text that a spreadsheet would otherwise run as a formula gets a leading apostrophe (OWASP
   * CSV injection).
   */
  static String text(String value) {
    if (value == null) {
      return "";
    }
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
  static String field(String value) {
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  private static void line(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(fields.get(i)));
    }
    out.write("\r\n");
  }
}
