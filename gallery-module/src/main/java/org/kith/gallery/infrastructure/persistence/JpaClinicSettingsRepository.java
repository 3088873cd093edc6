package org.kith.gallery.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.ClinicSettings;
import org.kith.gallery.domain.ClinicSettingsRepository;

@ApplicationScoped
public class JpaClinicSettingsRepository implements ClinicSettingsRepository {
  @PersistenceContext(unitName = "gallery")
  EntityManager em;

  @Override
  public Optional<ClinicSettings> find(ClinicId clinic) {
    return Optional.ofNullable(em.find(ClinicSettings.class, clinic.value()));
  }

  @Override
  public Optional<ClinicSettings> lock(ClinicId clinic) {
    return Optional.ofNullable(
        em.find(ClinicSettings.class, clinic.value(), LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void add(ClinicSettings settings) {
    em.persist(settings);
  }
}
