package org.kith.gallery.application;

import java.util.List;
import java.util.Optional;

/**
 * Templates were deleted: either the listed ones, or (with {@code wholePerson}) everything of the
 * person, whose consent ended. The patient's gallery is now at {@code version}.
 */
public record TemplatesErased(
    long patientId, long version, long personId, Optional<List<Long>> templateIds) {}
