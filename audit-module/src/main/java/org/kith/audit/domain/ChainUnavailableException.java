package org.kith.audit.domain;

import org.kith.api.problem.KithException;

/** The audit log could not commit a record; fail-closed callers must not answer. */
public class ChainUnavailableException extends KithException {
  public ChainUnavailableException(String detail, Throwable cause) {
    super(AuditErrors.AUDIT_UNAVAILABLE, detail, cause);
  }
}
