package org.kith.audit.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.kith.audit.domain.AuditRecord;
import org.kith.audit.domain.AuditedFaceRecord;
import org.kith.audit.domain.ChainAppender;
import org.kith.audit.domain.ChainHead;
import org.kith.audit.domain.ChainUnavailableException;

/**
 * The one writer of every clinic's chain in this process. Callers queue drafts; a single thread
 * takes whatever has queued up (group commit), places each draft after its clinic's head, inserts
 * them all in one local transaction and only then answers the callers. One writer means a chain
 * never forks; one transaction per group means a failed group leaves no gap, because the heads
 * advance only after the commit.
 *
 * <p>A second process writing the same schema cannot fork a chain either: the unique key on
 * (clinic, seq) refuses its duplicate, after which the heads are re-read and the group retried
 * record by record.
 *
 * <p>Independent of any caller's transaction, so an event recording a failed or denied operation
 * survives that operation's rollback.
 */
@Singleton
@Startup
@DependsOn("AuditSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GroupCommitChainWriter implements ChainAppender {
  private static final Logger LOG = Logger.getLogger(GroupCommitChainWriter.class.getName());

  /** Records per transaction: enough to keep up with many callers, small enough to commit fast. */
  private static final int MAX_GROUP = 1_000;

  private static final long WAIT_SECONDS = 10;

  @Resource(lookup = AuditDataSource.JNDI_NAME)
  DataSource dataSource;

  @Resource ManagedThreadFactory threads;

  private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(20_000);
  private final Map<String, ChainHead> heads = new HashMap<>();
  private long nextId;
  private boolean cacheValid;
  private volatile boolean running;
  private Thread thread;

  /** Drafts that commit together or not at all: one caller's append or batch. */
  private record Pending(List<AuditRecord> drafts, CompletableFuture<List<AuditRecord>> result) {}

  @PostConstruct
  void start() {
    running = true;
    thread = threads.newThread(this::run);
    thread.setName("kith-audit-chain-writer");
    thread.start();
  }

  @PreDestroy
  void stop() {
    running = false;
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Pending left;
    while ((left = queue.poll()) != null) {
      left.result().completeExceptionally(new IllegalStateException("audit module stopping"));
    }
  }

  @Override
  public AuditRecord append(AuditRecord draft) {
    return appendAll(List.of(draft)).get(0);
  }

  @Override
  public List<AuditRecord> appendAll(List<AuditRecord> drafts) {
    if (drafts.isEmpty() || drafts.size() > MAX_GROUP) {
      throw new IllegalArgumentException("A batch holds 1 to " + MAX_GROUP + " drafts");
    }
    Pending pending = new Pending(List.copyOf(drafts), new CompletableFuture<>());
    try {
      if (!running || !queue.offer(pending, WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new ChainUnavailableException("The audit log is overloaded", null);
      }
      return pending.result().get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChainUnavailableException("Interrupted while appending", e);
    } catch (ExecutionException e) {
      throw new ChainUnavailableException("The audit event could not be stored", e.getCause());
    } catch (TimeoutException e) {
      // The record may still commit later; the caller fails closed and its retry is a new event.
      throw new ChainUnavailableException("The audit event was not stored in time", e);
    }
  }

  private void run() {
    List<Pending> group = new ArrayList<>(MAX_GROUP);
    while (running) {
      try {
        Pending first = queue.poll(500, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        group.add(first);
        int records = first.drafts().size();
        // Whatever else has queued meanwhile joins this commit, up to a group's worth of records.
        Pending next;
        while (records < MAX_GROUP
            && (next = queue.peek()) != null
            && records + next.drafts().size() <= MAX_GROUP) {
          group.add(queue.poll());
          records += next.drafts().size();
        }
        writeGroup(group);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "AUD-010 audit chain writer failed unexpectedly", e);
        group.forEach(p -> p.result().completeExceptionally(e));
      } finally {
        group.clear();
      }
    }
  }

  private void writeGroup(List<Pending> group) {
    try {
      List<List<AuditRecord>> written = write(group);
      for (int i = 0; i < group.size(); i++) {
        group.get(i).result().complete(written.get(i));
      }
    } catch (SQLException groupFailure) {
      cacheValid = false;
      if (group.size() == 1) {
        LOG.log(Level.WARNING, "AUD-011 audit event could not be stored", groupFailure);
        group.get(0).result().completeExceptionally(groupFailure);
        return;
      }
      LOG.log(
          Level.WARNING,
          "AUD-012 audit group of " + group.size() + " failed; retrying one by one",
          groupFailure);
      // Caller by caller, so a single unstorable event does not fail the others in its group.
      for (Pending pending : group) {
        try {
          pending.result().complete(write(List.of(pending)).get(0));
        } catch (SQLException e) {
          cacheValid = false;
          LOG.log(Level.WARNING, "AUD-011 audit event could not be stored", e);
          pending.result().completeExceptionally(e);
        }
      }
    }
  }

  private List<List<AuditRecord>> write(List<Pending> group) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        if (!cacheValid) {
          heads.clear();
          nextId = maxId(c) + 1;
          cacheValid = true;
        }
        Map<String, ChainHead> advanced = new HashMap<>();
        List<List<AuditRecord>> placed = new ArrayList<>(group.size());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long id = nextId;
        try (PreparedStatement events = c.prepareStatement(AuditRows.INSERT_EVENT);
            PreparedStatement faces = c.prepareStatement(AuditRows.INSERT_FACE)) {
          boolean anyFace = false;
          for (Pending pending : group) {
            List<AuditRecord> ofCaller = new ArrayList<>(pending.drafts().size());
            for (AuditRecord draft : pending.drafts()) {
              String clinic = draft.clinicId();
              ChainHead head = advanced.get(clinic);
              if (head == null) {
                head = heads.get(clinic);
              }
              if (head == null) {
                head = head(c, clinic);
              }
              AuditRecord record = draft.placed(id++, head, now);
              advanced.put(clinic, record.asHead());
              ofCaller.add(record);
              AuditRows.bindEvent(events, record);
              events.addBatch();
              for (AuditedFaceRecord face : record.faces()) {
                AuditRows.bindFace(faces, record.id(), face);
                faces.addBatch();
                anyFace = true;
              }
            }
            placed.add(ofCaller);
          }
          events.executeBatch();
          if (anyFace) {
            faces.executeBatch();
          }
        }
        c.commit();
        heads.putAll(advanced);
        nextId = id;
        return placed;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  private static long maxId(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM audit_event");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static ChainHead head(Connection c, String clinic) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT seq, hash FROM audit_event WHERE clinic_id = ? ORDER BY seq DESC LIMIT 1")) {
      s.setString(1, clinic);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? new ChainHead(rs.getLong(1), rs.getString(2)) : ChainHead.EMPTY;
      }
    }
  }
}
