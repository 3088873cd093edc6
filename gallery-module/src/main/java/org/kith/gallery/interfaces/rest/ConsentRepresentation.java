package org.kith.gallery.interfaces.rest;

import java.time.Instant;
import org.kith.gallery.domain.Consent;
import org.kith.gallery.domain.ConsentGiver;
import org.kith.gallery.domain.ConsentMethod;
import org.kith.gallery.domain.ConsentStatus;
import org.kith.gallery.domain.ConsentTerms;
import org.kith.gallery.domain.EvidenceSummary;

/** A consent as recorded, with its status now. */
public record ConsentRepresentation(
    long id,
    long personId,
    String scope,
    ConsentGiver givenBy,
    String representativeName,
    ConsentMethod method,
    String witness,
    String evidenceReference,
    Instant givenAt,
    Instant expiresAt,
    Instant recordedAt,
    Instant withdrawnAt,
    ConsentStatus status,
    EvidenceRepresentation evidence) {

  /**
   * @param evidence the consent's evidence file, or null when none was uploaded
   */
  static ConsentRepresentation of(Consent consent, Instant now, EvidenceSummary evidence) {
    ConsentTerms t = consent.terms();
    return new ConsentRepresentation(
        consent.id(),
        consent.personId(),
        consent.scope(),
        t.givenBy(),
        t.representativeName(),
        t.method(),
        t.witness(),
        t.evidenceReference(),
        t.givenAt(),
        t.expiresAt(),
        consent.recordedAt(),
        consent.withdrawnAt().orElse(null),
        consent.statusAt(now),
        EvidenceRepresentation.of(evidence));
  }
}
