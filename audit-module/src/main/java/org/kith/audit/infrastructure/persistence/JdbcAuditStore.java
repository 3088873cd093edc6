package org.kith.audit.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.kith.audit.domain.AuditQuery;
import org.kith.audit.domain.AuditRecord;
import org.kith.audit.domain.AuditStatistics;
import org.kith.audit.domain.AuditStore;
import org.kith.audit.domain.AuditedFaceRecord;
import org.kith.audit.domain.ChainHead;
import org.kith.audit.domain.ChainUnavailableException;
import org.kith.audit.domain.Checkpoint;

/**
 * Reads the audit tables with plain JDBC: the rows must come back column for column as they were
 * hashed, and the review queries are aggregate SQL that an ORM would only get in the way of.
 */
@ApplicationScoped
public class JdbcAuditStore implements AuditStore {
  private static final int CHAIN_PAGE = 2_000;

  @Resource(lookup = AuditDataSource.JNDI_NAME)
  DataSource dataSource;

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T withConnection(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new ChainUnavailableException("The audit database cannot be read", e);
    }
  }

  @Override
  public Optional<AuditRecord> find(String clinicId, long id) {
    return withConnection(
        c -> {
          List<AuditRecord> found =
              records(
                  c,
                  "SELECT "
                      + AuditRows.EVENT_COLUMNS
                      + " FROM audit_event e"
                      + " WHERE e.clinic_id = ? AND e.id = ?",
                  List.of(clinicId, id));
          return found.stream().findFirst();
        });
  }

  @Override
  public List<AuditRecord> search(String clinicId, AuditQuery q, int offset, int limit) {
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(AuditRows.EVENT_COLUMNS)
            .append(" FROM audit_event e WHERE e.clinic_id = ?");
    List<Object> args = new ArrayList<>(List.of(clinicId));
    if (q.from() != null) {
      sql.append(" AND e.occurred_at >= ?");
      args.add(LocalDateTime.ofInstant(q.from(), ZoneOffset.UTC));
    }
    if (q.to() != null) {
      sql.append(" AND e.occurred_at < ?");
      args.add(LocalDateTime.ofInstant(q.to(), ZoneOffset.UTC));
    }
    if (q.patientRef() != null) {
      sql.append(" AND e.patient_ref = ?");
      args.add(q.patientRef());
    }
    if (q.deviceId() != null) {
      sql.append(" AND e.device_id = ?");
      args.add(q.deviceId());
    }
    if (q.action() != null) {
      sql.append(" AND e.action = ?");
      args.add(q.action());
    }
    if (q.filtersFaces()) {
      sql.append(" AND EXISTS (SELECT 1 FROM audit_face f WHERE f.event_id = e.id");
      if (q.decision() != null) {
        sql.append(" AND f.decision = ?");
        args.add(q.decision());
      }
      if (q.personId() != null) {
        sql.append(" AND f.candidate_person_id = ?");
        args.add(q.personId());
      }
      if (q.minScore() != null) {
        sql.append(" AND f.score >= ?");
        args.add(q.minScore());
      }
      if (q.maxScore() != null) {
        sql.append(" AND f.score <= ?");
        args.add(q.maxScore());
      }
      sql.append(')');
    }
    sql.append(" ORDER BY e.seq DESC LIMIT ? OFFSET ?");
    args.add(limit);
    args.add(offset);
    return withConnection(c -> records(c, sql.toString(), args));
  }

  @Override
  public Optional<AuditRecord> findInChain(String clinicId, long sequence) {
    return withConnection(
        c ->
            records(
                    c,
                    "SELECT "
                        + AuditRows.EVENT_COLUMNS
                        + " FROM audit_event e WHERE e.clinic_id = ? AND e.seq = ?",
                    List.of(clinicId, sequence))
                .stream()
                .findFirst());
  }

  @Override
  public void walkChain(String clinicId, long fromSequence, Predicate<AuditRecord> consumer) {
    withConnection(
        c -> {
          long after = fromSequence - 1;
          while (true) {
            List<AuditRecord> page =
                records(
                    c,
                    "SELECT "
                        + AuditRows.EVENT_COLUMNS
                        + " FROM audit_event e"
                        + " WHERE e.clinic_id = ? AND e.seq > ? ORDER BY e.seq LIMIT ?",
                    List.of(clinicId, after, CHAIN_PAGE));
            for (AuditRecord record : page) {
              if (!consumer.test(record)) {
                return null;
              }
              after = record.sequence();
            }
            if (page.size() < CHAIN_PAGE) {
              return null;
            }
          }
        });
  }

  @Override
  public ChainHead head(String clinicId) {
    return withConnection(c -> GroupCommitChainWriter.head(c, clinicId));
  }

  @Override
  public AuditStatistics statistics(String clinicId, Instant from, Instant to, int bins) {
    return withConnection(
        c -> {
          String range = " AND e.occurred_at >= ? AND e.occurred_at < ?";
          List<Object> args =
              List.of(
                  clinicId,
                  LocalDateTime.ofInstant(from, ZoneOffset.UTC),
                  LocalDateTime.ofInstant(to, ZoneOffset.UTC));
          List<AuditStatistics.DayCount> perDay = new ArrayList<>();
          try (PreparedStatement s =
                  prepare(
                      c,
                      "SELECT DATE(e.occurred_at) AS day, COUNT(*) FROM audit_event e"
                          + " WHERE e.clinic_id = ? AND e.action = 'IDENTIFICATION'"
                          + range
                          + " GROUP BY DATE(e.occurred_at) ORDER BY day",
                      args);
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              perDay.add(
                  new AuditStatistics.DayCount(rs.getObject(1, LocalDate.class), rs.getLong(2)));
            }
          }
          Map<String, Long> decisions = new TreeMap<>();
          try (PreparedStatement s =
                  prepare(
                      c,
                      "SELECT f.decision, COUNT(*) FROM audit_face f JOIN audit_event e"
                          + " ON e.id = f.event_id WHERE e.clinic_id = ?"
                          + range
                          + " GROUP BY f.decision",
                      args);
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              decisions.put(rs.getString(1), rs.getLong(2));
            }
          }
          long faces = decisions.values().stream().mapToLong(Long::longValue).sum();
          Map<String, Double> rates = new TreeMap<>();
          decisions.forEach((k, v) -> rates.put(k, faces == 0 ? 0.0 : (double) v / faces));

          Map<String, List<AuditStatistics.Bin>> histograms = new TreeMap<>();
          for (String decision : decisions.keySet()) {
            List<AuditStatistics.Bin> empty = new ArrayList<>();
            for (int b = 0; b < bins; b++) {
              empty.add(new AuditStatistics.Bin((double) b / bins, (double) (b + 1) / bins, 0));
            }
            histograms.put(decision, empty);
          }
          // Scores outside [0, 1] (cosine similarity can be negative) go to the first or last bin.
          try (PreparedStatement s =
                  prepare(
                      c,
                      "SELECT f.decision, LEAST(GREATEST(FLOOR(f.score * ?), 0), ? - 1) AS bin,"
                          + " COUNT(*) FROM audit_face f JOIN audit_event e ON e.id = f.event_id"
                          + " WHERE f.score IS NOT NULL AND e.clinic_id = ?"
                          + range
                          + " GROUP BY f.decision, bin",
                      List.of(bins, bins, args.get(0), args.get(1), args.get(2)));
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              int bin = rs.getInt(2);
              List<AuditStatistics.Bin> histogram = histograms.get(rs.getString(1));
              AuditStatistics.Bin old = histogram.get(bin);
              histogram.set(bin, new AuditStatistics.Bin(old.from(), old.to(), rs.getLong(3)));
            }
          }
          long feedback;
          try (PreparedStatement s =
                  prepare(
                      c,
                      "SELECT COUNT(*) FROM audit_event e WHERE e.clinic_id = ?"
                          + " AND e.action = 'FEEDBACK'"
                          + range,
                      args);
              ResultSet rs = s.executeQuery()) {
            rs.next();
            feedback = rs.getLong(1);
          }
          return new AuditStatistics(perDay, decisions, rates, histograms, feedback);
        });
  }

  @Override
  public void saveCheckpoint(Checkpoint checkpoint) {
    withConnection(
        c -> {
          try (PreparedStatement s =
              prepare(
                  c,
                  "INSERT INTO audit_checkpoint (clinic_id, seq, hash, taken_at) VALUES (?,?,?,?)",
                  List.of(
                      checkpoint.clinicId(),
                      checkpoint.sequence(),
                      checkpoint.hash(),
                      LocalDateTime.ofInstant(checkpoint.takenAt(), ZoneOffset.UTC)))) {
            return s.executeUpdate();
          }
        });
  }

  @Override
  public Optional<Checkpoint> latestCheckpoint(String clinicId) {
    return checkpoints(clinicId, 0, 1).stream().findFirst();
  }

  @Override
  public List<Checkpoint> checkpoints(String clinicId, int offset, int limit) {
    return withConnection(
        c -> {
          List<Checkpoint> found = new ArrayList<>();
          try (PreparedStatement s =
                  prepare(
                      c,
                      "SELECT clinic_id, seq, hash, taken_at FROM audit_checkpoint"
                          + " WHERE clinic_id = ? ORDER BY seq DESC LIMIT ? OFFSET ?",
                      List.of(clinicId, limit, offset));
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              found.add(
                  new Checkpoint(
                      rs.getString(1),
                      rs.getLong(2),
                      rs.getString(3),
                      AuditRows.instant(rs, "taken_at")));
            }
          }
          return found;
        });
  }

  @Override
  public void saveVerified(String clinicId, ChainHead head, Instant verifiedAt, boolean fullWalk) {
    withConnection(
        c -> {
          // Two walks reaching the same record at once record it once: the first one stands.
          try (PreparedStatement s =
              prepare(
                  c,
                  "INSERT IGNORE INTO audit_verification (clinic_id, seq, hash, verified_at,"
                      + " full_walk) VALUES (?,?,?,?,?)",
                  List.of(
                      clinicId,
                      head.sequence(),
                      head.hash(),
                      LocalDateTime.ofInstant(verifiedAt, ZoneOffset.UTC),
                      fullWalk))) {
            return s.executeUpdate();
          }
        });
  }

  @Override
  public Optional<ChainHead> latestVerified(String clinicId) {
    return withConnection(
        c -> {
          try (PreparedStatement s =
                  prepare(
                      c,
                      "SELECT seq, hash FROM audit_verification WHERE clinic_id = ?"
                          + " ORDER BY seq DESC LIMIT 1",
                      List.of(clinicId));
              ResultSet rs = s.executeQuery()) {
            return rs.next()
                ? Optional.of(new ChainHead(rs.getLong(1), rs.getString(2)))
                : Optional.<ChainHead>empty();
          }
        });
  }

  @Override
  public List<String> clinicsWithUncheckpointedRecords() {
    return withConnection(
        c -> {
          List<String> clinics = new ArrayList<>();
          try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT e.clinic_id FROM audit_event e GROUP BY e.clinic_id"
                          + " HAVING MAX(e.seq) > COALESCE((SELECT MAX(k.seq) FROM"
                          + " audit_checkpoint k WHERE k.clinic_id = e.clinic_id), 0)");
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              clinics.add(rs.getString(1));
            }
          }
          return clinics;
        });
  }

  private static List<AuditRecord> records(Connection c, String sql, List<Object> args)
      throws SQLException {
    List<AuditRecord> records = new ArrayList<>();
    try (PreparedStatement s = prepare(c, sql, args);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        // Faces are attached after the events are read: one connection streams one result.
        records.add(AuditRows.event(rs, List.of()));
      }
    }
    Map<Long, List<AuditedFaceRecord>> faces =
        AuditRows.faces(c, records.stream().map(AuditRecord::id).toList());
    List<AuditRecord> complete = new ArrayList<>(records.size());
    for (AuditRecord r : records) {
      complete.add(r.withFaces(faces.getOrDefault(r.id(), List.of())));
    }
    return complete;
  }

  private static PreparedStatement prepare(Connection c, String sql, List<Object> args)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < args.size(); i++) {
      s.setObject(i + 1, args.get(i));
    }
    return s;
  }
}
