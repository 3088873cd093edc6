package org.kith.gallery.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kith.api.audit.AuditAction;
import org.kith.api.problem.KithException;
import org.kith.api.problem.NotFoundException;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.Consent;
import org.kith.gallery.domain.ConsentEvidence;
import org.kith.gallery.domain.ConsentEvidenceRepository;
import org.kith.gallery.domain.ConsentRepository;
import org.kith.gallery.domain.ConsentStatus;
import org.kith.gallery.domain.DataCipher;
import org.kith.gallery.domain.EvidenceSummary;
import org.kith.gallery.domain.EvidenceType;

@Stateless
public class DefaultConsentEvidences implements ConsentEvidences {
  private static final Logger LOG = Logger.getLogger(DefaultConsentEvidences.class.getName());

  @Inject KnownPersons persons;
  @Inject ConsentRepository consents;
  @Inject ConsentEvidenceRepository evidences;
  @Inject DataCipher cipher;
  @Inject GalleryAudit audit;
  @Inject Actors actors;

  @Inject
  @ConfigProperty(name = "kith.gallery.evidence.max-bytes", defaultValue = "10485760")
  int maxBytes;

  @Override
  public EvidenceSummary upload(
      ClinicId clinic,
      long patientId,
      long personId,
      long consentId,
      String contentType,
      InputStream body) {
    Consent consent = consent(clinic, patientId, personId, consentId);
    Instant now = Instant.now(Clock.systemUTC());
    if (consent.statusAt(now) != ConsentStatus.ACTIVE) {
      throw new KithException(
          GalleryErrors.EVIDENCE_FROZEN,
          "consent " + consentId + " is " + consent.statusAt(now) + "; its evidence is frozen");
    }
    EvidenceType type =
        EvidenceType.ofMediaType(contentType)
            .orElseThrow(
                () ->
                    new KithException(
                        GalleryErrors.EVIDENCE_TYPE_NOT_ALLOWED,
                        "send application/pdf, image/jpeg or image/png"));
    byte[] content = read(body);
    if (!type.matches(content)) {
      throw new KithException(
          GalleryErrors.EVIDENCE_TYPE_MISMATCH, "the file is not a " + type.mediaType() + " file");
    }
    ConsentEvidence evidence = evidences.find(clinic, consentId).orElse(null);
    boolean replacing = evidence != null;
    if (!replacing) {
      evidence = new ConsentEvidence(consent, clinic.value());
    }
    evidence.replace(
        type,
        content.length,
        DefaultFaceTemplates.sha256(content),
        cipher.seal(content, ConsentEvidence.purpose(consentId)),
        actors.current().subject(),
        now);
    if (!replacing) {
      evidences.add(evidence);
    }
    audit.change(
        clinic,
        actors.current(),
        AuditAction.CONSENT_CHANGED,
        patientId,
        "CONSENT",
        consentId,
        (replacing ? "evidence replaced (" : "evidence uploaded (")
            + type.mediaType()
            + ", "
            + content.length
            + " bytes)");
    LOG.fine(() -> "GAL-110 consent evidence stored");
    return evidence.summary();
  }

  private byte[] read(InputStream body) {
    byte[] content;
    try {
      content = body == null ? new byte[0] : body.readNBytes(maxBytes + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the uploaded evidence", e);
    }
    if (content.length == 0) {
      throw new KithException(GalleryErrors.EVIDENCE_EMPTY, "the request carried no file");
    }
    if (content.length > maxBytes) {
      throw new KithException(
          GalleryErrors.EVIDENCE_TOO_LARGE, "the file is larger than " + maxBytes + " bytes");
    }
    return content;
  }

  @Override
  public EvidenceFile download(ClinicId clinic, long patientId, long personId, long consentId) {
    consent(clinic, patientId, personId, consentId);
    ConsentEvidence evidence =
        evidences
            .find(clinic, consentId)
            .orElseThrow(
                () ->
                    new KithException(
                        GalleryErrors.EVIDENCE_NOT_FOUND,
                        "consent " + consentId + " has no evidence"));
    return new EvidenceFile(
        evidence.type(), cipher.open(evidence.sealed(), ConsentEvidence.purpose(consentId)));
  }

  @Override
  public Map<Long, EvidenceSummary> summaries(ClinicId clinic, Collection<Long> consentIds) {
    return evidences.summaries(clinic, consentIds);
  }

  private Consent consent(ClinicId clinic, long patientId, long personId, long consentId) {
    persons.get(clinic, patientId, personId);
    return consents
        .find(clinic, personId, consentId)
        .orElseThrow(() -> new NotFoundException("consent", consentId));
  }
}
