package org.kith.gallery.application;

import java.util.List;

/**
 * A person whose templates are all of earlier models: no longer recognised until new photos are
 * enrolled.
 */
public record ReEnrolmentCandidate(
    long patientId,
    long personId,
    String displayName,
    long staleTemplates,
    List<String> staleModels) {}
