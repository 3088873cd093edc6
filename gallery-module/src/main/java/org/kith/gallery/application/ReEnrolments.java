package org.kith.gallery.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.ConsentStatus;
import org.kith.gallery.domain.FaceTemplateRepository;
import org.kith.gallery.domain.FaceTemplateRepository.PersonModelCount;
import org.kith.gallery.domain.KnownPerson;
import org.kith.gallery.domain.KnownPersonRepository;
import org.kith.gallery.domain.ModelCoverage;

/**
 * Who needs new photos since the embedding model changed. Kith keeps no face photos, only
 * templates, so a new model cannot re-embed old enrolments: the clinic enrols new photos instead,
 * and this tells it whom for.
 */
@Stateless
public class ReEnrolments {
  @Inject FaceTemplateRepository templates;
  @Inject KnownPersonRepository persons;
  @Inject KnownPersons knownPersons;
  @Inject CurrentModel currentModel;

  /** The running model and the persons of the clinic's patients that need re-enrolment for it. */
  public record Overview(String currentModel, List<ReEnrolmentCandidate> persons) {}

  public ModelCoverage coverage(ClinicId clinic, long personId) {
    return templates.coverage(clinic, personId);
  }

  /** Throws {@code RECOGNITION_UNAVAILABLE} while the running model is not known. */
  public Overview overview(ClinicId clinic) {
    String current = currentModel.require();
    Map<List<Long>, Map<String, Long>> byPerson = new LinkedHashMap<>();
    for (PersonModelCount c : templates.modelCountsOfClinic(clinic)) {
      byPerson
          .computeIfAbsent(List.of(c.patientId(), c.personId()), k -> new LinkedHashMap<>())
          .put(c.modelKey(), c.count());
    }
    List<ReEnrolmentCandidate> candidates = new ArrayList<>();
    byPerson.forEach(
        (ids, counts) -> {
          ModelCoverage coverage = new ModelCoverage(counts);
          if (coverage.of(current) > 0) {
            return;
          }
          long patientId = ids.get(0);
          long personId = ids.get(1);
          ConsentStatus consent = knownPersons.consentStatus(clinic, personId);
          if (!coverage.needsReEnrolment(current, consent)) {
            return;
          }
          persons
              .find(clinic, patientId, personId)
              .map(KnownPerson::details)
              .ifPresent(
                  details ->
                      candidates.add(
                          new ReEnrolmentCandidate(
                              patientId,
                              personId,
                              details.displayName(),
                              coverage.staleFor(current),
                              coverage.staleModels(current))));
        });
    return new Overview(current, candidates);
  }
}
