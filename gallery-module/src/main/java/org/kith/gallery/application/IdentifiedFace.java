package org.kith.gallery.application;

import org.kith.api.audit.FaceDecision;
import org.kith.api.recognition.FaceBox;
import org.kith.gallery.domain.PersonDetails;

/**
 * One face's answer. {@code person} and {@code details} are set for KNOWN and UNCERTAIN only;
 * {@code confidence} is the person's score.
 */
public record IdentifiedFace(
    FaceDecision decision, Long personId, PersonDetails details, Double confidence, FaceBox box) {}
