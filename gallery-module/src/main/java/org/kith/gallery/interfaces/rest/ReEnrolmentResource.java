package org.kith.gallery.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kith.api.security.Caller;
import org.kith.api.security.Roles;
import org.kith.gallery.application.ReEnrolments;

/** Who in the caller's clinic needs new photos since the embedding model changed. */
@Path("/v1/re-enrolment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "face templates")
public class ReEnrolmentResource {
  @Inject ReEnrolments reEnrolments;
  @Inject Caller caller;

  @GET
  @RolesAllowed({Roles.CLINICIAN, Roles.CLINIC_ADMIN})
  @Operation(
      summary = "The clinic's persons that need re-enrolment",
      description =
          "Persons with an active consent and templates, none of them of the running embedding"
              + " model: they are not recognised until new photos are enrolled. Kith keeps no"
              + " photos, so a new model cannot re-embed old ones.")
  @APIResponse(responseCode = "200", description = "The running model and the persons")
  @APIResponse(
      responseCode = "503",
      description =
          "The recognition service cannot be reached, so the running model is not known"
              + " (RECOGNITION_UNAVAILABLE)")
  public ReEnrolmentRepresentation list() {
    return ReEnrolmentRepresentation.of(reEnrolments.overview(caller.clinic()));
  }
}
