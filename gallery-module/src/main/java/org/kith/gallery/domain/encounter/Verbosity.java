package org.kith.gallery.domain.encounter;

/** How much the patient's device says about a confirmed person. */
public enum Verbosity {
  /** "Anna". */
  NAME,
  /** "Anna, your daughter". */
  NAME_AND_RELATIONSHIP,
  /** "Anna, your daughter. She visits on Sundays." */
  NAME_RELATIONSHIP_AND_CUE
}
