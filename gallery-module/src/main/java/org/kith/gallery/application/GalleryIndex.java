package org.kith.gallery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.kith.gallery.domain.ConsentRepository;
import org.kith.gallery.domain.FaceTemplate;
import org.kith.gallery.domain.FaceTemplateRepository;
import org.kith.gallery.domain.PatientRepository;
import org.kith.gallery.domain.matching.IndexedTemplate;
import org.kith.gallery.domain.matching.PatientGallery;

/**
 * This instance's in-memory match index: one {@link PatientGallery} per patient, built from MySQL
 * the first time the patient is identified.
 *
 * <p>Consistency: every change to a patient's templates advances {@code patient.gallery_version} in
 * its transaction. Each identify reads that version (one primary-key lookup) and rebuilds the
 * patient's gallery when it differs from the cached one, so a change committed through any instance
 * is seen by every instance on its next identify, with no messaging between them. On the instance
 * that made the change, the gallery is updated after commit ({@code AFTER_SUCCESS}), so the calling
 * request returns only once its own index no longer holds erased templates. The version is read
 * before the templates: a change committed in between leaves a gallery that looks older than it is
 * and is rebuilt once more, never one that looks newer.
 */
@ApplicationScoped
public class GalleryIndex {
  private static final Logger LOG = Logger.getLogger(GalleryIndex.class.getName());

  @Inject PatientRepository patients;
  @Inject FaceTemplateRepository templates;
  @Inject ConsentRepository consents;

  private final Map<Long, PatientGallery> galleries = new ConcurrentHashMap<>();

  /** The patient's gallery at the database's current version. */
  public PatientGallery current(long patientId) {
    long version = patients.galleryVersion(patientId);
    PatientGallery cached = galleries.get(patientId);
    if (cached != null && cached.version() == version) {
      return cached;
    }
    Instant now = Instant.now(Clock.systemUTC());
    List<IndexedTemplate> indexed =
        templates.ofPatient(patientId).stream().map(GalleryIndex::indexed).toList();
    PatientGallery built =
        PatientGallery.of(version, indexed, consents.activeOfPatient(patientId, now));
    galleries.put(patientId, built);
    LOG.fine(() -> "GAL-070 match index built at version " + version);
    return built;
  }

  /** What this instance holds for the patient right now, without asking the database. */
  public Optional<PatientGallery> cached(long patientId) {
    return Optional.ofNullable(galleries.get(patientId));
  }

  void enrolled(@Observes(during = TransactionPhase.AFTER_SUCCESS) TemplatesEnrolled event) {
    galleries.computeIfPresent(
        event.patientId(),
        (id, gallery) ->
            gallery.version() == event.version() - 1
                ? gallery.plus(
                    event.version(),
                    event.templates(),
                    Map.of(event.personId(), event.consentExpiry()))
                : null);
  }

  void erased(@Observes(during = TransactionPhase.AFTER_SUCCESS) TemplatesErased event) {
    galleries.computeIfPresent(
        event.patientId(),
        (id, gallery) -> {
          if (gallery.version() != event.version() - 1) {
            return null;
          }
          return event
              .templateIds()
              .map(ids -> gallery.minusTemplates(event.version(), ids))
              .orElseGet(() -> gallery.minusPerson(event.version(), event.personId()));
        });
  }

  void patientErased(@Observes(during = TransactionPhase.AFTER_SUCCESS) PatientErased event) {
    galleries.remove(event.patientId());
  }

  public static IndexedTemplate indexed(FaceTemplate t) {
    return new IndexedTemplate(t.id(), t.personId(), t.model(), t.vector());
  }
}
