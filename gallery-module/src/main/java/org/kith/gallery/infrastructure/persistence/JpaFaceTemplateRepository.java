package org.kith.gallery.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kith.api.recognition.EmbeddingModel;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.FaceTemplate;
import org.kith.gallery.domain.FaceTemplateRepository;
import org.kith.gallery.domain.ModelCoverage;

@ApplicationScoped
public class JpaFaceTemplateRepository implements FaceTemplateRepository {
  @PersistenceContext(unitName = "gallery")
  EntityManager em;

  @Override
  public void add(FaceTemplate template) {
    em.persist(template);
  }

  @Override
  public Optional<FaceTemplate> find(ClinicId clinic, long personId, long templateId) {
    return em.createQuery(
            "select t from FaceTemplate t where t.id = :id and t.personId = :person"
                + " and t.clinicId = :clinic",
            FaceTemplate.class)
        .setParameter("id", templateId)
        .setParameter("person", personId)
        .setParameter("clinic", clinic.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<FaceTemplate> ofPerson(ClinicId clinic, long personId) {
    return em.createQuery(
            "select t from FaceTemplate t where t.personId = :person and t.clinicId = :clinic"
                + " order by t.id",
            FaceTemplate.class)
        .setParameter("person", personId)
        .setParameter("clinic", clinic.value())
        .getResultList();
  }

  @Override
  public List<FaceTemplate> ofPatient(long patientId) {
    return em.createQuery(
            "select t from FaceTemplate t where t.patientId = :patient order by t.id",
            FaceTemplate.class)
        .setParameter("patient", patientId)
        .getResultList();
  }

  @Override
  public ModelCoverage coverage(ClinicId clinic, long personId) {
    Map<String, Long> counts = new HashMap<>();
    em.createQuery(
            "select t.modelId, t.modelVersion, count(t) from FaceTemplate t"
                + " where t.personId = :person and t.clinicId = :clinic"
                + " group by t.modelId, t.modelVersion",
            Object[].class)
        .setParameter("person", personId)
        .setParameter("clinic", clinic.value())
        .getResultList()
        .forEach(r -> counts.put(key(r[0], r[1]), ((Number) r[2]).longValue()));
    return new ModelCoverage(counts);
  }

  @Override
  public List<PersonModelCount> modelCountsOfClinic(ClinicId clinic) {
    return em
        .createQuery(
            "select t.patientId, t.personId, t.modelId, t.modelVersion, count(t)"
                + " from FaceTemplate t where t.clinicId = :clinic"
                + " group by t.patientId, t.personId, t.modelId, t.modelVersion"
                + " order by t.patientId, t.personId",
            Object[].class)
        .setParameter("clinic", clinic.value())
        .getResultList()
        .stream()
        .map(
            r ->
                new PersonModelCount(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    key(r[2], r[3]),
                    ((Number) r[4]).longValue()))
        .toList();
  }

  /** The same {@code id@version} string as {@link org.kith.api.recognition.EmbeddingModel#key}. */
  private static String key(Object modelId, Object modelVersion) {
    return new EmbeddingModel((String) modelId, (String) modelVersion, 0).key();
  }

  @Override
  public TemplateSummary summary(ClinicId clinic, long personId) {
    Object[] row =
        em.createQuery(
                "select count(t), avg(t.qualityScore) from FaceTemplate t"
                    + " where t.personId = :person and t.clinicId = :clinic",
                Object[].class)
            .setParameter("person", personId)
            .setParameter("clinic", clinic.value())
            .getSingleResult();
    long count = ((Number) row[0]).longValue();
    double mean = row[1] == null ? 0 : ((Number) row[1]).doubleValue();
    return new TemplateSummary(count, mean);
  }

  @Override
  public void remove(FaceTemplate template) {
    em.remove(template);
  }

  @Override
  public int removeAllOf(ClinicId clinic, long personId) {
    return em.createQuery(
            "delete from FaceTemplate t where t.personId = :person and t.clinicId = :clinic")
        .setParameter("person", personId)
        .setParameter("clinic", clinic.value())
        .executeUpdate();
  }
}
