package org.kith.web.pages;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Ends the request with the plain not-found page. Used alike for what does not exist and for what
 * belongs to another clinic, so a guessed id tells nothing.
 */
final class NotFound {
  private NotFound() {}

  static void send() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    try {
      external.responseSendError(404, "Not found");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
