package org.kith.gallery.domain;

/** How a consent was given and is evidenced. */
public enum ConsentMethod {
  /** A signed form, kept by the clinic; {@code evidenceReference} says where. */
  SIGNED_FORM,
  /** Verbal consent, recorded, in the presence of a named witness. */
  RECORDED_VERBAL
}
