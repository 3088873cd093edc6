package org.kith.gallery.interfaces.rest;

import java.time.Instant;
import org.kith.gallery.domain.FaceTemplate;

/** A stored template as the clinician sees it: which model made it and how good it is. */
public record TemplateRepresentation(
    long id, Model model, FaceGeometry.Quality quality, Instant createdAt, String createdBy) {

  /** The embedding model; templates of another model than the current one need re-enrolment. */
  public record Model(String id, String version, int dimension) {}

  static TemplateRepresentation of(FaceTemplate t) {
    return new TemplateRepresentation(
        t.id(),
        new Model(t.model().id(), t.model().version(), t.model().dimension()),
        FaceGeometry.Quality.of(t.quality()),
        t.createdAt(),
        t.createdBy());
  }
}
