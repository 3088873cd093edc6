package org.kith.gallery.interfaces.rest;

import java.util.List;
import org.kith.gallery.application.EnrolmentOutcome;
import org.kith.gallery.domain.EnrolmentRejection;

/** The answer to an enrolment: one result per uploaded image, in upload order. */
public record EnrolmentRepresentation(List<Result> results) {

  /** One image: accepted with its template id, or rejected with a reason and guidance. */
  public record Result(
      String file,
      boolean accepted,
      Long templateId,
      FaceGeometry.Quality quality,
      FaceGeometry.Pose pose,
      FaceGeometry.Box box,
      String reason,
      String code,
      String guidance) {}

  static EnrolmentRepresentation of(List<EnrolmentOutcome> outcomes) {
    return new EnrolmentRepresentation(
        outcomes.stream()
            .map(
                o ->
                    new Result(
                        o.fileName(),
                        o.template().isPresent(),
                        o.template().map(t -> t.id()).orElse(null),
                        o.face().map(f -> FaceGeometry.Quality.of(f.quality())).orElse(null),
                        o.face().map(f -> FaceGeometry.Pose.of(f.pose())).orElse(null),
                        o.face().map(f -> FaceGeometry.Box.of(f.box())).orElse(null),
                        o.rejection().map(r -> r.reason().name()).orElse(null),
                        o.rejection().map(EnrolmentRejection::code).orElse(null),
                        o.rejection().map(r -> r.guidance()).orElse(null)))
            .toList());
  }
}
