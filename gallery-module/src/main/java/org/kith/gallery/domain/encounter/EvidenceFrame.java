package org.kith.gallery.domain.encounter;

/**
 * One frame's worth of evidence about a track's identity: the face's unit embedding, its weight
 * (the face's quality score) and who the frame alone ranked first ({@code topPerson} -1 for
 * nobody).
 */
public record EvidenceFrame(float[] vector, double weight, long topPerson, double topScore) {}
