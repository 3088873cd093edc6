package org.kith.gallery.interfaces.rest.pairing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The phone asking whether its pairing was confirmed. */
public class PairingClaim {
  @NotBlank(message = "must not be blank")
  @Size(max = 100, message = "must be at most 100 characters")
  public String pairingCode;
}
