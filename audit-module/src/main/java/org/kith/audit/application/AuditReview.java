package org.kith.audit.application;

import java.util.List;
import org.kith.api.tenancy.ClinicId;
import org.kith.audit.domain.AuditEvent;

/** What an ethics reviewer may read of their clinic's audit log. */
public interface AuditReview {
  /** Throws {@link org.kith.api.problem.NotFoundException} for an event of another clinic too. */
  AuditEvent get(ClinicId clinic, long id);

  List<AuditEvent> list(ClinicId clinic, int offset, int limit);
}
