package org.kith.gallery.domain.matching;

/** A candidate person and their score against a probe. */
public record PersonScore(long personId, double score) {}
