package org.kith.audit.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.kith.api.problem.NotFoundException;
import org.kith.api.tenancy.ClinicId;
import org.kith.audit.domain.AuditEvent;
import org.kith.audit.domain.AuditEventRepository;

@Stateless
public class DefaultAuditReview implements AuditReview {
  @Inject AuditEventRepository events;

  @Override
  public AuditEvent get(ClinicId clinic, long id) {
    return events.find(clinic, id).orElseThrow(() -> new NotFoundException("audit event", id));
  }

  @Override
  public List<AuditEvent> list(ClinicId clinic, int offset, int limit) {
    return events.list(clinic, offset, limit);
  }
}
