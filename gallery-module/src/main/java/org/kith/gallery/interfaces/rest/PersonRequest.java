package org.kith.gallery.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.kith.gallery.domain.PersonDetails;

/** The body that adds or re-describes a known person. A class: see {@link NewPatient}. */
public class PersonRequest {
  @NotBlank(message = "must not be blank")
  @Size(max = 80, message = "must be at most 80 characters")
  public String displayName;

  @NotBlank(message = "must not be blank")
  @Size(max = 80, message = "must be at most 80 characters")
  public String relationship;

  @Size(max = 200, message = "must be at most 200 characters")
  public String memoryCue;

  @Size(max = 120, message = "must be at most 120 characters")
  public String pronunciationHint;

  /** On a change: the version that was read, so a concurrent edit is refused rather than lost. */
  public Long version;

  PersonDetails details() {
    return new PersonDetails(displayName, relationship, memoryCue, pronunciationHint);
  }
}
