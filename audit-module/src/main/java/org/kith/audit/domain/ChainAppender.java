package org.kith.audit.domain;

import java.util.List;

/**
 * Places drafts at the end of their clinic's chain, one at a time per clinic so that a chain never
 * forks or skips, and returns only once the record is committed.
 */
public interface ChainAppender {
  /**
   * @param draft a record without id, position, recording time or hash
   * @throws ChainUnavailableException when the record could not be committed in time
   */
  AuditRecord append(AuditRecord draft);

  /**
   * Appends drafts that stand or fall together: all are committed in one transaction, in this
   * order, or none is.
   *
   * @throws ChainUnavailableException when the records could not be committed in time
   */
  List<AuditRecord> appendAll(List<AuditRecord> drafts);
}
