package org.kith.audit.domain;

import java.util.List;
import java.util.Optional;
import org.kith.api.tenancy.ClinicId;

/** Audit events, always read within one clinic. */
public interface AuditEventRepository {
  Optional<AuditEvent> find(ClinicId clinic, long id);

  List<AuditEvent> list(ClinicId clinic, int offset, int limit);
}
