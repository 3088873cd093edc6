package org.kith.gallery.interfaces.rest;

import java.time.Instant;
import java.util.Optional;
import org.kith.gallery.domain.ConsentStatus;
import org.kith.gallery.domain.FaceTemplateRepository.TemplateSummary;
import org.kith.gallery.domain.KnownPerson;
import org.kith.gallery.domain.ModelCoverage;
import org.kith.gallery.domain.PersonDetails;

/**
 * A known person as the clinician's API shows them, with where their consent stands and how many
 * templates of what mean quality they have, and whether a thumbnail is kept for them. {@code
 * currentModelTemplateCount} counts the templates of the running embedding model (null while that
 * model is not known); {@code needsReEnrolment} says that none of them is, so the person is not
 * recognised until new photos are enrolled.
 */
public record KnownPersonRepresentation(
    long id,
    long patientId,
    String displayName,
    String relationship,
    String memoryCue,
    String pronunciationHint,
    ConsentStatus consentStatus,
    long version,
    Instant createdAt,
    long templateCount,
    double meanQuality,
    boolean hasThumbnail,
    Long currentModelTemplateCount,
    boolean needsReEnrolment) {

  static KnownPersonRepresentation of(
      KnownPerson person,
      ConsentStatus consent,
      TemplateSummary templates,
      boolean thumbnail,
      ModelCoverage coverage,
      Optional<String> currentModel) {
    PersonDetails d = person.details();
    return new KnownPersonRepresentation(
        person.id(),
        person.patientId(),
        d.displayName(),
        d.relationship(),
        d.memoryCue(),
        d.pronunciationHint(),
        consent,
        person.version(),
        person.createdAt(),
        templates.count(),
        Math.round(templates.meanQuality() * 1000) / 1000.0,
        thumbnail,
        currentModel.map(coverage::of).orElse(null),
        currentModel.map(m -> coverage.needsReEnrolment(m, consent)).orElse(false));
  }
}
