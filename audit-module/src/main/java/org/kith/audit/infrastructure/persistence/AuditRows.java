package org.kith.audit.infrastructure.persistence;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kith.audit.domain.AuditRecord;
import org.kith.audit.domain.AuditedFaceRecord;

/**
 * The audit tables' columns and their mapping to records, shared by the writer and the readers so
 * that a record read back is exactly the record that was hashed.
 */
final class AuditRows {
  static final String EVENT_COLUMNS =
      "e.id, e.clinic_id, e.seq, e.prev_hash, e.occurred_at, e.recorded_at, e.action, e.outcome,"
          + " e.actor_subject, e.actor_role, e.actor_address, e.request_id, e.patient_ref,"
          + " e.device_id, e.target_type, e.target_id, e.corrects_event_id, e.reason, e.model_id,"
          + " e.model_version, e.latency_ms, e.hash";

  static final String INSERT_EVENT =
      "INSERT INTO audit_event (id, clinic_id, seq, prev_hash, occurred_at, recorded_at, action,"
          + " outcome, actor_subject, actor_role, actor_address, request_id, patient_ref, device_id,"
          + " target_type, target_id, corrects_event_id, reason, model_id, model_version,"
          + " latency_ms, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

  static final String INSERT_FACE =
      "INSERT INTO audit_face (event_id, face_index, decision, candidate_person_id, score,"
          + " runner_up_margin, threshold_known, threshold_uncertain, threshold_context, quality)"
          + " VALUES (?,?,?,?,?,?,?,?,?,?)";

  static final String FACE_COLUMNS =
      "f.event_id, f.face_index, f.decision, f.candidate_person_id, f.score, f.runner_up_margin,"
          + " f.threshold_known, f.threshold_uncertain, f.threshold_context, f.quality";

  private AuditRows() {}

  static void bindEvent(PreparedStatement s, AuditRecord r) throws SQLException {
    int i = 1;
    s.setLong(i++, r.id());
    s.setString(i++, r.clinicId());
    s.setLong(i++, r.sequence());
    s.setString(i++, r.previousHash());
    s.setObject(i++, LocalDateTime.ofInstant(r.occurredAt(), ZoneOffset.UTC));
    s.setObject(i++, LocalDateTime.ofInstant(r.recordedAt(), ZoneOffset.UTC));
    s.setString(i++, r.action());
    s.setString(i++, r.outcome());
    s.setString(i++, r.actorSubject());
    s.setString(i++, r.actorRole());
    s.setString(i++, r.actorAddress());
    s.setString(i++, r.requestId());
    s.setString(i++, r.patientRef());
    s.setString(i++, r.deviceId());
    s.setString(i++, r.targetType());
    s.setString(i++, r.targetId());
    setLong(s, i++, r.correctsEventId());
    s.setString(i++, r.reason());
    s.setString(i++, r.modelId());
    s.setString(i++, r.modelVersion());
    setLong(s, i++, r.latencyMillis());
    s.setString(i, r.hash());
  }

  static void bindFace(PreparedStatement s, long eventId, AuditedFaceRecord f) throws SQLException {
    s.setLong(1, eventId);
    s.setInt(2, f.index());
    s.setString(3, f.decision());
    s.setString(4, f.candidatePersonId());
    s.setBigDecimal(5, f.score());
    s.setBigDecimal(6, f.runnerUpMargin());
    s.setBigDecimal(7, f.thresholdKnown());
    s.setBigDecimal(8, f.thresholdUncertain());
    s.setString(9, f.thresholdContext());
    s.setString(10, f.quality());
  }

  /** Reads an event row; its faces come from {@link #face} rows read separately. */
  static AuditRecord event(ResultSet rs, List<AuditedFaceRecord> faces) throws SQLException {
    return new AuditRecord(
        rs.getLong("id"),
        rs.getString("clinic_id"),
        rs.getLong("seq"),
        rs.getString("prev_hash"),
        instant(rs, "occurred_at"),
        instant(rs, "recorded_at"),
        rs.getString("action"),
        rs.getString("outcome"),
        rs.getString("actor_subject"),
        rs.getString("actor_role"),
        rs.getString("actor_address"),
        rs.getString("request_id"),
        rs.getString("patient_ref"),
        rs.getString("device_id"),
        rs.getString("target_type"),
        rs.getString("target_id"),
        nullableLong(rs, "corrects_event_id"),
        rs.getString("reason"),
        rs.getString("model_id"),
        rs.getString("model_version"),
        nullableLong(rs, "latency_ms"),
        faces,
        rs.getString("hash"));
  }

  static AuditedFaceRecord face(ResultSet rs) throws SQLException {
    return new AuditedFaceRecord(
        rs.getInt("face_index"),
        rs.getString("decision"),
        rs.getString("candidate_person_id"),
        rs.getBigDecimal("score"),
        rs.getBigDecimal("runner_up_margin"),
        rs.getBigDecimal("threshold_known"),
        rs.getBigDecimal("threshold_uncertain"),
        rs.getString("threshold_context"),
        rs.getString("quality"));
  }

  /** Faces of the given events, by event id, in face order. */
  static Map<Long, List<AuditedFaceRecord>> faces(java.sql.Connection c, List<Long> eventIds)
      throws SQLException {
    Map<Long, List<AuditedFaceRecord>> faces = new HashMap<>();
    if (eventIds.isEmpty()) {
      return faces;
    }
    for (int start = 0; start < eventIds.size(); start += 1000) {
      List<Long> chunk = eventIds.subList(start, Math.min(eventIds.size(), start + 1000));
      String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT "
                  + FACE_COLUMNS
                  + " FROM audit_face f WHERE f.event_id IN ("
                  + marks
                  + ") ORDER BY f.event_id, f.face_index")) {
        for (int i = 0; i < chunk.size(); i++) {
          s.setLong(i + 1, chunk.get(i));
        }
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            faces.computeIfAbsent(rs.getLong("event_id"), k -> new ArrayList<>()).add(face(rs));
          }
        }
      }
    }
    return faces;
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    LocalDateTime value = rs.getObject(column, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }

  static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
    return rs.getBigDecimal(column);
  }

  private static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.BIGINT);
    } else {
      s.setLong(index, value);
    }
  }
}
