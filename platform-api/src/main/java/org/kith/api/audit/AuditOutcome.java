package org.kith.api.audit;

/** How the audited operation ended; failed and denied operations are audited too. */
public enum AuditOutcome {
  SUCCESS,
  FAILURE,
  DENIED
}
