package org.kith.gallery.application;

import java.util.Optional;
import org.kith.api.recognition.AnalyzedFace;
import org.kith.gallery.domain.EnrolmentRejection;
import org.kith.gallery.domain.FaceTemplate;

/** What became of one enrolment image: a template, or a rejection with guidance. */
public record EnrolmentOutcome(
    String fileName,
    Optional<FaceTemplate> template,
    Optional<AnalyzedFace> face,
    Optional<EnrolmentRejection> rejection) {}
