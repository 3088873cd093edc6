package org.kith.gallery.interfaces.rest.encounter;

import java.net.URI;
import java.util.List;
import org.kith.api.problem.ProblemDetail;
import org.kith.gallery.application.encounter.EncounterEvent;

/** A refused frame's problem, with the encounter's events since the last answer. */
public record FrameProblem(
    URI type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    List<EncounterEvent> events) {

  static FrameProblem of(ProblemDetail p, List<EncounterEvent> events) {
    return new FrameProblem(
        p.type(), p.title(), p.status(), p.detail(), p.instance(), p.code(), events);
  }
}
