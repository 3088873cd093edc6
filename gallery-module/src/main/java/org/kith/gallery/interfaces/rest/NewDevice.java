package org.kith.gallery.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body that registers a device: a label the clinic recognises it by ("Anna's glasses"). */
public class NewDevice {
  @NotBlank(message = "must not be blank")
  @Size(max = 80, message = "must be at most 80 characters")
  public String label;
}
