package org.kith.gallery.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.Patient;
import org.kith.gallery.domain.PatientRepository;

@ApplicationScoped
public class JpaPatientRepository implements PatientRepository {
  @PersistenceContext(unitName = "gallery")
  EntityManager em;

  @Override
  public Optional<Patient> find(ClinicId clinic, long id) {
    return em.createQuery(
            "select p from Patient p where p.id = :id and p.clinicId = :clinic", Patient.class)
        .setParameter("id", id)
        .setParameter("clinic", clinic.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Patient> list(ClinicId clinic, int offset, int limit) {
    return em.createQuery(
            "select p from Patient p where p.clinicId = :clinic order by p.id", Patient.class)
        .setParameter("clinic", clinic.value())
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void add(Patient patient) {
    em.persist(patient);
  }

  @Override
  public void remove(Patient patient) {
    em.remove(patient);
  }

  @Override
  public long galleryVersion(long patientId) {
    Object version =
        em.createNativeQuery("SELECT gallery_version FROM patient WHERE id = ?1")
            .setParameter(1, patientId)
            .getSingleResult();
    return ((Number) version).longValue();
  }

  @Override
  public void lockGallery(long patientId) {
    em.createNativeQuery("SELECT id FROM patient WHERE id = ?1 FOR UPDATE")
        .setParameter(1, patientId)
        .getResultList();
  }

  @Override
  public long advanceGalleryVersion(long patientId) {
    // An UPDATE takes the row lock, so concurrent changes to one patient's templates serialise
    // here.
    em.createNativeQuery("UPDATE patient SET gallery_version = gallery_version + 1 WHERE id = ?1")
        .setParameter(1, patientId)
        .executeUpdate();
    return galleryVersion(patientId);
  }
}
