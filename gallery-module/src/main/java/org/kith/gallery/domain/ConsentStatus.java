package org.kith.gallery.domain;

/** Where a consent stands at a given moment. Only an active consent allows face templates. */
public enum ConsentStatus {
  ACTIVE,
  EXPIRED,
  WITHDRAWN,
  /** A person for whom no consent was ever recorded. */
  NONE
}
