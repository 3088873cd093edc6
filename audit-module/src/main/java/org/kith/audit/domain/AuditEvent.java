package org.kith.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.kith.api.tenancy.ClinicId;

/**
 * One thing that happened in a clinic: an identification or an administrative change. Immutable:
 * the entity has no setters and the module's code has no update or delete path.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {
  @Id
  @Column(name = "id")
  private Long id;

  @Column(name = "clinic_id", nullable = false, updatable = false, length = 63)
  private String clinicId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "action", nullable = false, updatable = false, length = 64)
  private String action;

  @Column(name = "outcome", nullable = false, updatable = false, length = 16)
  private String outcome;

  @Column(name = "actor", nullable = false, updatable = false, length = 255)
  private String actor;

  protected AuditEvent() {}

  public Long id() {
    return id;
  }

  public ClinicId clinic() {
    return new ClinicId(clinicId);
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String action() {
    return action;
  }

  public String outcome() {
    return outcome;
  }

  public String actor() {
    return actor;
  }
}
