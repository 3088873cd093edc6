package org.kith.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Set;
import org.kith.web.client.ApiProblem;

/**
 * Shows an API's refusal on the page: each field it names next to the form's control of the same
 * id, the rest as one message at the top. Forms name their controls after the API's fields.
 */
final class Messages {
  private Messages() {}

  static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  /** An information that survives the redirect to the next page (the flash scope). */
  static void infoAfterRedirect(String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** A message beside one control ({@code form:field}); the form counts as not accepted. */
  static void field(String clientId, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    faces.validationFailed();
  }

  /**
   * Shows {@code problem}; fields listed in {@code formFields} appear beside {@code form}'s control
   * of that id.
   */
  static void show(ApiProblem problem, String form, Set<String> formFields) {
    FacesContext faces = FacesContext.getCurrentInstance();
    boolean anyField = false;
    for (ApiProblem.FieldMessage field : problem.fields()) {
      FacesMessage message =
          new FacesMessage(FacesMessage.SEVERITY_ERROR, field.message(), field.message());
      if (formFields.contains(field.field())) {
        faces.addMessage(form + ":" + field.field(), message);
        anyField = true;
      } else {
        faces.addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR, field.field() + ": " + field.message(), null));
      }
    }
    String summary = anyField ? "Please correct the marked fields." : problem.message();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
    faces.validationFailed();
  }
}
