package org.kith.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The canonical serialisation a record's hash is taken over, version 1. Independent of the JVM and
 * of the database so that anyone can re-compute it from an export:
 *
 * <ul>
 *   <li>UTF-8; one line per field, in the fixed order below; each line is {@code
 *       name:length:value\n}, where length is the value's UTF-8 byte count, or {@code name:-\n} for
 *       an absent value. The length prefix makes the form unambiguous whatever the values hold.
 *   <li>Instants as {@code yyyy-MM-ddTHH:mm:ss.SSSSSSZ} (UTC, microseconds); decimals as plain
 *       strings with six fractional digits; integers in decimal.
 *   <li>Fields: v (always 1), id, clinic, seq, prev, occurredAt, recordedAt, action, outcome,
 *       actorSubject, actorRole, actorAddress, requestId, patient, device, targetType, targetId,
 *       corrects, reason, modelId, modelVersion, latencyMs, faces (the count), then per face in
 *       index order: face.index, face.decision, face.candidate, face.score, face.margin,
 *       face.known, face.uncertain, face.context, face.quality.
 * </ul>
 */
public final class CanonicalForm {
  public static final String VERSION = "1";

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private CanonicalForm() {}

  public static String of(AuditRecord r) {
    StringBuilder out = new StringBuilder(512);
    field(out, "v", VERSION);
    field(out, "id", Long.toString(r.id()));
    field(out, "clinic", r.clinicId());
    field(out, "seq", Long.toString(r.sequence()));
    field(out, "prev", r.previousHash());
    field(out, "occurredAt", instant(r.occurredAt()));
    field(out, "recordedAt", instant(r.recordedAt()));
    field(out, "action", r.action());
    field(out, "outcome", r.outcome());
    field(out, "actorSubject", r.actorSubject());
    field(out, "actorRole", r.actorRole());
    field(out, "actorAddress", r.actorAddress());
    field(out, "requestId", r.requestId());
    field(out, "patient", r.patientRef());
    field(out, "device", r.deviceId());
    field(out, "targetType", r.targetType());
    field(out, "targetId", r.targetId());
    field(out, "corrects", number(r.correctsEventId()));
    field(out, "reason", r.reason());
    field(out, "modelId", r.modelId());
    field(out, "modelVersion", r.modelVersion());
    field(out, "latencyMs", number(r.latencyMillis()));
    field(out, "faces", Integer.toString(r.faces().size()));
    for (AuditedFaceRecord face : r.faces()) {
      field(out, "face.index", Integer.toString(face.index()));
      field(out, "face.decision", face.decision());
      field(out, "face.candidate", face.candidatePersonId());
      field(out, "face.score", Decimals.canonical(face.score()));
      field(out, "face.margin", Decimals.canonical(face.runnerUpMargin()));
      field(out, "face.known", Decimals.canonical(face.thresholdKnown()));
      field(out, "face.uncertain", Decimals.canonical(face.thresholdUncertain()));
      field(out, "face.context", face.thresholdContext());
      field(out, "face.quality", face.quality());
    }
    return out.toString();
  }

  /** SHA-256 of the canonical form, lower-case hex. */
  public static String hash(AuditRecord record) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(of(record).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime provides SHA-256", e);
    }
  }

  public static String instant(Instant instant) {
    return instant == null ? null : INSTANT.format(instant);
  }

  private static String number(Long value) {
    return value == null ? null : Long.toString(value);
  }

  private static void field(StringBuilder out, String name, String value) {
    out.append(name).append(':');
    if (value == null) {
      out.append('-');
    } else {
      out.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
    }
    out.append('\n');
  }
}
