package org.kith.audit.application;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.kith.api.audit.AuditEntry;
import org.kith.api.audit.AuditLog;
import org.kith.api.audit.AuditReceipt;
import org.kith.api.problem.InvalidRequestException;
import org.kith.api.problem.KithException;
import org.kith.api.problem.ProblemDetail.FieldViolation;
import org.kith.audit.domain.AuditErrors;
import org.kith.audit.domain.AuditRecord;
import org.kith.audit.domain.AuditStore;
import org.kith.audit.domain.ChainAppender;

/**
 * Appends what other modules report. Outside any transaction: the chain writer commits on its own,
 * so an event survives whatever the caller's transaction does afterwards. Seen as {@link AuditLog}
 * by the other modules' contract and as itself for the batch append, which is the audit module's
 * own.
 */
@Stateless
@Local(AuditLog.class)
@LocalBean
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultAuditLog implements AuditLog {
  /** Entries in one batch: what one group commit takes at most. */
  public static final int MAX_BATCH = 1_000;

  @Inject ChainAppender appender;
  @Inject AuditStore store;

  @Override
  public AuditReceipt append(AuditEntry entry) {
    AuditRecord draft = AuditEntries.draft(entry);
    requireCorrectedEvent(draft);
    return receipt(appender.append(draft));
  }

  /**
   * Appends entries that stand or fall together: every one is committed, in this order, or none is.
   * An invalid entry refuses the whole batch, naming it by its index.
   */
  public List<AuditReceipt> appendAll(List<AuditEntry> entries) {
    if (entries.isEmpty() || entries.size() > MAX_BATCH) {
      throw InvalidRequestException.of("entries", "must hold 1 to " + MAX_BATCH + " entries");
    }
    List<AuditRecord> drafts = new ArrayList<>(entries.size());
    List<FieldViolation> violations = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i) == null) {
        violations.add(new FieldViolation("[" + i + "]", "must be present"));
        continue;
      }
      try {
        drafts.add(AuditEntries.draft(entries.get(i)));
      } catch (InvalidRequestException e) {
        for (FieldViolation v : e.violations()) {
          violations.add(new FieldViolation("[" + i + "]." + v.field(), v.message()));
        }
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(violations);
    }
    drafts.forEach(this::requireCorrectedEvent);
    return appender.appendAll(drafts).stream().map(DefaultAuditLog::receipt).toList();
  }

  private void requireCorrectedEvent(AuditRecord draft) {
    if (draft.correctsEventId() != null
        && store.find(draft.clinicId(), draft.correctsEventId()).isEmpty()) {
      throw new KithException(
          AuditErrors.CORRECTED_EVENT_NOT_FOUND,
          "audit event " + draft.correctsEventId() + " does not exist");
    }
  }

  private static AuditReceipt receipt(AuditRecord stored) {
    return new AuditReceipt(stored.id(), stored.sequence(), stored.hash());
  }
}
