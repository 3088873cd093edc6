package org.kith.gallery.domain;

import java.util.Objects;

/**
 * What a device tells the patient about a known person: a name, how they are related, an optional
 * short memory cue ("visits on Sundays") and an optional pronunciation hint for speech output.
 */
public record PersonDetails(
    String displayName, String relationship, String memoryCue, String pronunciationHint) {
  public PersonDetails {
    displayName = Objects.requireNonNull(displayName, "displayName").strip();
    relationship = Objects.requireNonNull(relationship, "relationship").strip();
    memoryCue = blankToNull(memoryCue);
    pronunciationHint = blankToNull(pronunciationHint);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
