package org.kith.gallery.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.Consent;
import org.kith.gallery.domain.ConsentRepository;

@ApplicationScoped
public class JpaConsentRepository implements ConsentRepository {
  @PersistenceContext(unitName = "gallery")
  EntityManager em;

  @Override
  public Optional<Consent> find(ClinicId clinic, long personId, long consentId) {
    return em.createQuery(
            "select c from Consent c where c.id = :id and c.personId = :person and c.clinicId = :clinic",
            Consent.class)
        .setParameter("id", consentId)
        .setParameter("person", personId)
        .setParameter("clinic", clinic.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Consent> history(ClinicId clinic, long personId) {
    return em.createQuery(
            "select c from Consent c where c.personId = :person and c.clinicId = :clinic order by c.id desc",
            Consent.class)
        .setParameter("person", personId)
        .setParameter("clinic", clinic.value())
        .getResultList();
  }

  @Override
  public void add(Consent consent) {
    em.persist(consent);
  }
}
