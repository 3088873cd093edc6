package org.kith.gallery.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.PersonThumbnail;
import org.kith.gallery.domain.PersonThumbnailRepository;

@ApplicationScoped
public class JpaPersonThumbnailRepository implements PersonThumbnailRepository {
  @PersistenceContext(unitName = "gallery")
  EntityManager em;

  @Override
  public Optional<PersonThumbnail> find(ClinicId clinic, long personId) {
    return em.createQuery(
            "select t from PersonThumbnail t where t.personId = :person and t.clinicId = :clinic",
            PersonThumbnail.class)
        .setParameter("person", personId)
        .setParameter("clinic", clinic.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Set<Long> withThumbnail(ClinicId clinic, Collection<Long> personIds) {
    if (personIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "select t.personId from PersonThumbnail t"
                    + " where t.personId in :persons and t.clinicId = :clinic",
                Long.class)
            .setParameter("persons", personIds)
            .setParameter("clinic", clinic.value())
            .getResultList());
  }

  @Override
  public void add(PersonThumbnail thumbnail) {
    em.persist(thumbnail);
  }

  @Override
  public boolean removeOf(ClinicId clinic, long personId) {
    em.flush();
    return em.createQuery(
                "delete from PersonThumbnail t where t.personId = :person and t.clinicId = :clinic")
            .setParameter("person", personId)
            .setParameter("clinic", clinic.value())
            .executeUpdate()
        > 0;
  }

  @Override
  public int removeAllOf(ClinicId clinic) {
    em.flush();
    return em.createQuery("delete from PersonThumbnail t where t.clinicId = :clinic")
        .setParameter("clinic", clinic.value())
        .executeUpdate();
  }
}
