package org.kith.gallery.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.KnownPerson;
import org.kith.gallery.domain.KnownPersonRepository;

@ApplicationScoped
public class JpaKnownPersonRepository implements KnownPersonRepository {
  @PersistenceContext(unitName = "gallery")
  EntityManager em;

  @Override
  public Optional<KnownPerson> find(ClinicId clinic, long patientId, long personId) {
    return em.createQuery(
            "select k from KnownPerson k where k.id = :id and k.patientId = :patient and k.clinicId = :clinic",
            KnownPerson.class)
        .setParameter("id", personId)
        .setParameter("patient", patientId)
        .setParameter("clinic", clinic.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<KnownPerson> list(ClinicId clinic, long patientId, int offset, int limit) {
    return em.createQuery(
            "select k from KnownPerson k where k.patientId = :patient and k.clinicId = :clinic order by k.id",
            KnownPerson.class)
        .setParameter("patient", patientId)
        .setParameter("clinic", clinic.value())
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void add(KnownPerson person) {
    em.persist(person);
  }

  @Override
  public void remove(KnownPerson person) {
    em.remove(person);
  }
}
