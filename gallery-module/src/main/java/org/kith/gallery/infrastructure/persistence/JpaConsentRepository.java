package org.kith.gallery.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  @Override
  public int removeAllOf(ClinicId clinic, long personId) {
    return em.createQuery(
            "delete from Consent c where c.personId = :person and c.clinicId = :clinic")
        .setParameter("person", personId)
        .setParameter("clinic", clinic.value())
        .executeUpdate();
  }

  @Override
  public Optional<Consent> lockActive(ClinicId clinic, long personId, Instant now) {
    return em.createQuery(
            "select c from Consent c where c.personId = :person and c.clinicId = :clinic"
                + " and c.withdrawnAt is null and (c.expiresAt is null or c.expiresAt > :now)"
                + " order by c.id desc",
            Consent.class)
        .setParameter("person", personId)
        .setParameter("clinic", clinic.value())
        .setParameter("now", now)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Map<Long, Optional<Instant>> activeOfPatient(long patientId, Instant now) {
    List<Consent> active =
        em.createQuery(
                "select c from Consent c where c.withdrawnAt is null"
                    + " and (c.expiresAt is null or c.expiresAt > :now)"
                    + " and c.personId in (select p.id from KnownPerson p where p.patientId = :patient)",
                Consent.class)
            .setParameter("patient", patientId)
            .setParameter("now", now)
            .getResultList();
    Map<Long, Optional<Instant>> byPerson = new HashMap<>();
    for (Consent c : active) {
      byPerson.put(c.personId(), Optional.ofNullable(c.terms().expiresAt()));
    }
    return byPerson;
  }

  @Override
  public List<Consent> expiredWithTemplates(Instant now) {
    return em.createQuery(
            "select c from Consent c where c.withdrawnAt is null and c.expiresAt <= :now"
                + " and exists (select t.id from FaceTemplate t where t.personId = c.personId)",
            Consent.class)
        .setParameter("now", now)
        .getResultList();
  }
}
