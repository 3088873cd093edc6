package org.kith.gallery.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.ConsentEvidence;
import org.kith.gallery.domain.ConsentEvidenceRepository;
import org.kith.gallery.domain.EvidenceSummary;

@ApplicationScoped
public class JpaConsentEvidenceRepository implements ConsentEvidenceRepository {
  @PersistenceContext(unitName = "gallery")
  EntityManager em;

  @Override
  public Optional<ConsentEvidence> find(ClinicId clinic, long consentId) {
    return em.createQuery(
            "select e from ConsentEvidence e where e.consentId = :id and e.clinicId = :clinic",
            ConsentEvidence.class)
        .setParameter("id", consentId)
        .setParameter("clinic", clinic.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Map<Long, EvidenceSummary> summaries(ClinicId clinic, Collection<Long> consentIds) {
    if (consentIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select new org.kith.gallery.domain.EvidenceSummary(e.consentId, e.type, e.byteCount,"
                + " e.sha256, e.uploadedAt, e.uploadedBy) from ConsentEvidence e"
                + " where e.consentId in :ids and e.clinicId = :clinic",
            EvidenceSummary.class)
        .setParameter("ids", consentIds)
        .setParameter("clinic", clinic.value())
        .getResultStream()
        .collect(Collectors.toMap(EvidenceSummary::consentId, Function.identity()));
  }

  @Override
  public void add(ConsentEvidence evidence) {
    em.persist(evidence);
  }
}
