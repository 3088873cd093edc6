package org.kith.gallery.interfaces.rest.pairing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A clinician pairing the phone that shows {@code userCode} with the patient. */
public class PairingConfirmation {
  @NotBlank(message = "must not be blank")
  @Size(max = 40, message = "must be at most 40 characters")
  public String userCode;

  /** How the clinic will recognise the device in its list; "Companion" when not given. */
  @Size(max = 80, message = "must be at most 80 characters")
  public String label;
}
