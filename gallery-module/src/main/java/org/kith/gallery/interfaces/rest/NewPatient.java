package org.kith.gallery.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of a request to register a patient. A class rather than a record: Payara's OpenAPI
 * generator fails on validation constraints placed on record components.
 */
public class NewPatient {
  @NotBlank(message = "must not be blank")
  @Size(max = 80, message = "must be at most 80 characters")
  public String pseudonym;
}
