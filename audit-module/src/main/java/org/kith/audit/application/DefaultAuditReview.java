package org.kith.audit.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.kith.api.problem.NotFoundException;
import org.kith.api.tenancy.ClinicId;
import org.kith.audit.domain.AuditQuery;
import org.kith.audit.domain.AuditRecord;
import org.kith.audit.domain.AuditStatistics;
import org.kith.audit.domain.AuditStore;

@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultAuditReview implements AuditReview {
  @Inject AuditStore store;

  @Override
  public AuditRecord get(ClinicId clinic, long id) {
    return store
        .find(clinic.value(), id)
        .orElseThrow(() -> new NotFoundException("audit event", id));
  }

  @Override
  public List<AuditRecord> search(ClinicId clinic, AuditQuery query, int offset, int limit) {
    return store.search(clinic.value(), query, offset, limit);
  }

  @Override
  public AuditStatistics statistics(ClinicId clinic, Instant from, Instant to, int bins) {
    return store.statistics(clinic.value(), from, to, bins);
  }
}
