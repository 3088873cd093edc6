package org.kith.gallery.domain.encounter;

/**
 * Where a track's decision stands. Only {@code CONFIRMED} names anyone; {@code UNCERTAIN} may still
 * become either of the others as evidence grows; a {@code STRANGER} track that starts to match
 * someone is split rather than renamed.
 */
public enum TrackState {
  TENTATIVE,
  UNCERTAIN,
  CONFIRMED,
  STRANGER
}
