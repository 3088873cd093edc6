package org.kith.api.audit;

/**
 * The audit log as the other modules see it. {@link #append} returns only once the entry is durably
 * part of its clinic's hash chain; a caller whose answer must be audited (identify) treats any
 * exception as a reason not to answer at all.
 */
public interface AuditLog {
  /** The REST path, under the audit module's context root, that implements {@link #append}. */
  String APPEND_PATH = "/audit/api/v1/events";

  /**
   * The REST path that appends a JSON array of entries at once: all of them are committed, in
   * order, or none is; the answer is the array of their receipts.
   */
  String APPEND_BATCH_PATH = "/audit/api/v1/events/batch";

  AuditReceipt append(AuditEntry entry);
}
