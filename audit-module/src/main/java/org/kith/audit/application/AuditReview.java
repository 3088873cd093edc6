package org.kith.audit.application;

import java.time.Instant;
import java.util.List;
import org.kith.api.tenancy.ClinicId;
import org.kith.audit.domain.AuditQuery;
import org.kith.audit.domain.AuditRecord;
import org.kith.audit.domain.AuditStatistics;

/** What an ethics reviewer may read of their clinic's audit log; never another clinic's. */
public interface AuditReview {
  /** Throws {@link org.kith.api.problem.NotFoundException} for an event of another clinic too. */
  AuditRecord get(ClinicId clinic, long id);

  List<AuditRecord> search(ClinicId clinic, AuditQuery query, int offset, int limit);

  AuditStatistics statistics(ClinicId clinic, Instant from, Instant to, int bins);
}
