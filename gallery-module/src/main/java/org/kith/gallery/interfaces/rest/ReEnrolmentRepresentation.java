package org.kith.gallery.interfaces.rest;

import java.util.List;
import org.kith.gallery.application.ReEnrolmentCandidate;
import org.kith.gallery.application.ReEnrolments;

/** The running embedding model and the clinic's persons whose templates are all of earlier ones. */
public record ReEnrolmentRepresentation(String currentModel, List<Person> persons) {

  /** A person to enrol new photos of; {@code models} are the earlier models of their templates. */
  public record Person(
      long patientId,
      long personId,
      String displayName,
      long staleTemplateCount,
      List<String> models) {
    static Person of(ReEnrolmentCandidate c) {
      return new Person(
          c.patientId(), c.personId(), c.displayName(), c.staleTemplates(), c.staleModels());
    }
  }

  static ReEnrolmentRepresentation of(ReEnrolments.Overview overview) {
    return new ReEnrolmentRepresentation(
        overview.currentModel(), overview.persons().stream().map(Person::of).toList());
  }
}
