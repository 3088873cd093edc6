package org.kith.gallery.domain.matching;

/**
 * How a person's score is made from the similarities of their templates: the best one, or the mean
 * of the best two (steadier when one template is a lucky match for a stranger; equal to the best
 * for a person with one template).
 */
public enum PersonScoring {
  BEST,
  TOP2_MEAN;

  double combine(float best, float second, int count) {
    if (this == BEST || count < 2) {
      return best;
    }
    return (best + second) / 2.0;
  }
}
