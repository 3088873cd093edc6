package org.kith.gallery.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kith.gallery.domain.matching.IndexedTemplate;

/** Templates were committed for a person; the patient's gallery is now at {@code version}. */
public record TemplatesEnrolled(
    long patientId,
    long version,
    long personId,
    Optional<Instant> consentExpiry,
    List<IndexedTemplate> templates) {}
