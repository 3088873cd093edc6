package org.kith.audit.interfaces.rest;

import java.time.Instant;
import org.kith.audit.domain.AuditEvent;

/** An audit event as the review API shows it. */
public record AuditEventRepresentation(
    long id, Instant occurredAt, String action, String outcome, String actor) {
  static AuditEventRepresentation of(AuditEvent event) {
    return new AuditEventRepresentation(
        event.id(), event.occurredAt(), event.action(), event.outcome(), event.actor());
  }
}
