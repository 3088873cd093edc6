package org.kith.audit.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.kith.api.audit.AuditEntry;
import org.kith.api.audit.AuditLog;
import org.kith.api.audit.AuditReceipt;
import org.kith.api.problem.KithException;
import org.kith.audit.domain.AuditErrors;
import org.kith.audit.domain.AuditRecord;
import org.kith.audit.domain.AuditStore;
import org.kith.audit.domain.ChainAppender;

/**
 * Appends what other modules report. Outside any transaction: the chain writer commits on its own,
 * so an event survives whatever the caller's transaction does afterwards.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultAuditLog implements AuditLog {
  @Inject ChainAppender appender;
  @Inject AuditStore store;

  @Override
  public AuditReceipt append(AuditEntry entry) {
    AuditRecord draft = AuditEntries.draft(entry);
    if (draft.correctsEventId() != null
        && store.find(draft.clinicId(), draft.correctsEventId()).isEmpty()) {
      throw new KithException(
          AuditErrors.CORRECTED_EVENT_NOT_FOUND,
          "audit event " + draft.correctsEventId() + " does not exist");
    }
    AuditRecord stored = appender.append(draft);
    return new AuditReceipt(stored.id(), stored.sequence(), stored.hash());
  }
}
