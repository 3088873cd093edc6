package org.kith.gallery.domain;

/** Who gave a consent: the known person, or someone legally entitled to decide for them. */
public enum ConsentGiver {
  PERSON,
  LEGAL_REPRESENTATIVE
}
