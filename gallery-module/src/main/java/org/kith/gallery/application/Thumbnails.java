package org.kith.gallery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.kith.api.problem.KithException;
import org.kith.api.recognition.AnalyzedFace;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.ClinicSettings;
import org.kith.gallery.domain.ClinicSettingsRepository;
import org.kith.gallery.domain.DataCipher;
import org.kith.gallery.domain.KnownPerson;
import org.kith.gallery.domain.PersonThumbnail;
import org.kith.gallery.domain.PersonThumbnailRepository;
import org.kith.gallery.domain.ThumbnailRenderer;

/**
 * Known persons' thumbnails, in the caller's transaction: kept from the best accepted enrolment
 * photo while the clinic enables them, erased together with the person's templates. A thumbnail is
 * a convenience: when one cannot be made the enrolment still succeeds, without it.
 */
@ApplicationScoped
public class Thumbnails {
  private static final Logger LOG = Logger.getLogger(Thumbnails.class.getName());

  @Inject PersonThumbnailRepository thumbnails;
  @Inject ClinicSettingsRepository settings;
  @Inject ThumbnailRenderer renderer;
  @Inject DataCipher cipher;

  /** An accepted enrolment photo and the face found in it. */
  public record Candidate(byte[] image, AnalyzedFace face) {}

  /** Keeps the candidate as the person's thumbnail if the clinic wants one and it is better. */
  public void offer(ClinicId clinic, KnownPerson person, Candidate best) {
    // Locked, so that a concurrent switch-off (which locks the same row before erasing) cannot
    // miss a thumbnail written here.
    if (!settings.lock(clinic).map(ClinicSettings::thumbnails).orElse(false)) {
      return;
    }
    double quality = best.face().quality().score();
    Optional<PersonThumbnail> current = thumbnails.find(clinic, person.id());
    if (current.isPresent() && current.get().quality() >= quality) {
      return;
    }
    if (!cipher.ready()) {
      LOG.warning("GAL-121 no thumbnail kept: data encryption is not configured");
      return;
    }
    Optional<byte[]> jpeg = renderer.render(best.image(), best.face().box());
    if (jpeg.isEmpty()) {
      LOG.info("GAL-122 no thumbnail kept: the photo's format cannot be decoded for thumbnails");
      return;
    }
    PersonThumbnail thumbnail = current.orElseGet(() -> new PersonThumbnail(person));
    thumbnail.replace(
        cipher.seal(jpeg.get(), PersonThumbnail.purpose(person.id())),
        quality,
        Instant.now(Clock.systemUTC()));
    if (current.isEmpty()) {
      thumbnails.add(thumbnail);
    }
  }

  /** The decrypted JPEG, or {@code THUMBNAIL_NOT_FOUND}. */
  public byte[] read(ClinicId clinic, long personId) {
    PersonThumbnail thumbnail =
        thumbnails
            .find(clinic, personId)
            .orElseThrow(
                () ->
                    new KithException(
                        GalleryErrors.THUMBNAIL_NOT_FOUND,
                        "person " + personId + " has no thumbnail"));
    return cipher.open(thumbnail.sealed(), PersonThumbnail.purpose(personId));
  }

  public Set<Long> present(ClinicId clinic, Collection<Long> personIds) {
    return thumbnails.withThumbnail(clinic, personIds);
  }

  public boolean erase(ClinicId clinic, long personId) {
    return thumbnails.removeOf(clinic, personId);
  }

  public int eraseClinic(ClinicId clinic) {
    return thumbnails.removeAllOf(clinic);
  }
}
