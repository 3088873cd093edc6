package org.kith.gallery.domain;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.kith.api.tenancy.ClinicId;

/** Known persons' thumbnails, always within one clinic. */
public interface PersonThumbnailRepository {
  Optional<PersonThumbnail> find(ClinicId clinic, long personId);

  /** Which of the persons have a thumbnail, without loading any. */
  Set<Long> withThumbnail(ClinicId clinic, Collection<Long> personIds);

  void add(PersonThumbnail thumbnail);

  /** Deletes the person's thumbnail; returns whether there was one. */
  boolean removeOf(ClinicId clinic, long personId);

  /** Deletes every thumbnail of the clinic; returns how many there were. */
  int removeAllOf(ClinicId clinic);
}
