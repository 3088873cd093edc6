package org.kith.gallery.domain;

import java.util.List;
import java.util.Optional;
import org.kith.api.tenancy.ClinicId;

/** Face templates, looked up within one clinic; the match index reads a patient's in bulk. */
public interface FaceTemplateRepository {
  void add(FaceTemplate template);

  Optional<FaceTemplate> find(ClinicId clinic, long personId, long templateId);

  List<FaceTemplate> ofPerson(ClinicId clinic, long personId);

  /** Every template of the patient, for building its match index. */
  List<FaceTemplate> ofPatient(long patientId);

  /** How many templates of each embedding model ({@code id@version}) the person has. */
  ModelCoverage coverage(ClinicId clinic, long personId);

  /** Every person of the clinic that has templates, with their count per embedding model. */
  List<PersonModelCount> modelCountsOfClinic(ClinicId clinic);

  /** How many templates a person has and their mean quality score (0 when none). */
  TemplateSummary summary(ClinicId clinic, long personId);

  void remove(FaceTemplate template);

  /** Deletes every template of the person; returns how many there were. */
  int removeAllOf(ClinicId clinic, long personId);

  /** A person's template count and mean quality, for the clinician's cards. */
  record TemplateSummary(long count, double meanQuality) {}

  /** One person's template count for one model, for the clinic's re-enrolment list. */
  record PersonModelCount(long patientId, long personId, String modelKey, long count) {}
}
