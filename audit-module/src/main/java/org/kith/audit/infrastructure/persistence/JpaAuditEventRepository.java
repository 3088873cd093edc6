package org.kith.audit.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kith.api.tenancy.ClinicId;
import org.kith.audit.domain.AuditEvent;
import org.kith.audit.domain.AuditEventRepository;

@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {
  @PersistenceContext(unitName = "audit")
  EntityManager em;

  @Override
  public Optional<AuditEvent> find(ClinicId clinic, long id) {
    return em.createQuery(
            "select e from AuditEvent e where e.id = :id and e.clinicId = :clinic",
            AuditEvent.class)
        .setParameter("id", id)
        .setParameter("clinic", clinic.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<AuditEvent> list(ClinicId clinic, int offset, int limit) {
    return em.createQuery(
            "select e from AuditEvent e where e.clinicId = :clinic order by e.id desc",
            AuditEvent.class)
        .setParameter("clinic", clinic.value())
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }
}
