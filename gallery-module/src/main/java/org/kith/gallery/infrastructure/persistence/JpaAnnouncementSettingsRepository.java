package org.kith.gallery.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.AnnouncementSettings;
import org.kith.gallery.domain.AnnouncementSettingsRepository;

@ApplicationScoped
public class JpaAnnouncementSettingsRepository implements AnnouncementSettingsRepository {
  @PersistenceContext(unitName = "gallery")
  EntityManager em;

  @Override
  public Optional<AnnouncementSettings> find(ClinicId clinic, long patientId) {
    return em.createQuery(
            "SELECT s FROM AnnouncementSettings s WHERE s.patientId = :patient"
                + " AND s.clinicId = :clinic",
            AnnouncementSettings.class)
        .setParameter("patient", patientId)
        .setParameter("clinic", clinic.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(AnnouncementSettings settings) {
    em.persist(settings);
  }
}
