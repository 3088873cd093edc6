package org.kith.gallery.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.Device;
import org.kith.gallery.domain.DeviceRepository;

@ApplicationScoped
public class JpaDeviceRepository implements DeviceRepository {
  @PersistenceContext(unitName = "gallery")
  EntityManager em;

  @Override
  public Optional<Device> find(ClinicId clinic, long patientId, long deviceId) {
    return em.createQuery(
            "select d from Device d where d.id = :id and d.patientId = :patient and d.clinicId = :clinic",
            Device.class)
        .setParameter("id", deviceId)
        .setParameter("patient", patientId)
        .setParameter("clinic", clinic.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Device> findByClient(ClinicId clinic, String clientId) {
    return em.createQuery(
            "select d from Device d where d.clientId = :client and d.clinicId = :clinic",
            Device.class)
        .setParameter("client", clientId)
        .setParameter("clinic", clinic.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Device> list(ClinicId clinic, long patientId) {
    return em.createQuery(
            "select d from Device d where d.patientId = :patient and d.clinicId = :clinic order by d.id",
            Device.class)
        .setParameter("patient", patientId)
        .setParameter("clinic", clinic.value())
        .getResultList();
  }

  @Override
  public void add(Device device) {
    em.persist(device);
  }

  @Override
  public int removeAllOf(ClinicId clinic, long patientId) {
    return em.createQuery(
            "delete from Device d where d.patientId = :patient and d.clinicId = :clinic")
        .setParameter("patient", patientId)
        .setParameter("clinic", clinic.value())
        .executeUpdate();
  }

  /** A bulk update: no version bump, so it never conflicts with a clinician's revocation. */
  @Override
  public boolean markSeen(long deviceId, Instant at, Instant notBefore) {
    // Native: the entity maps the column read-only so that no entity write can put back an older
    // value; the condition makes concurrent instances agree without reading first.
    return em.createNativeQuery(
                "UPDATE device SET last_seen_at = :at WHERE id = :id"
                    + " AND (last_seen_at IS NULL OR last_seen_at < :notBefore)")
            .setParameter("at", at)
            .setParameter("id", deviceId)
            .setParameter("notBefore", notBefore)
            .executeUpdate()
        > 0;
  }
}
