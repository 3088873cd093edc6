package org.kith.gallery.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kith.api.problem.InvalidRequestException;
import org.kith.api.rest.RequestBodies;
import org.kith.api.security.Caller;
import org.kith.api.security.Roles;
import org.kith.gallery.application.ClinicSettingsService;

/** The caller's clinic's own settings: its staff read them, its administrator changes them. */
@Path("/v1/clinic/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "clinic")
public class ClinicSettingsResource {
  @Inject ClinicSettingsService settings;
  @Inject Caller caller;

  @GET
  @RolesAllowed({Roles.CLINICIAN, Roles.CLINIC_ADMIN})
  @Operation(summary = "The clinic's settings")
  public ClinicSettingsRepresentation get() {
    return ClinicSettingsRepresentation.of(settings.get(caller.clinic()));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CLINIC_ADMIN)
  @Operation(
      summary = "Change the clinic's settings",
      description =
          "thumbnails: keep an encrypted face thumbnail per known person, cut from their best"
              + " enrolment photo. Turning it off erases every thumbnail of the clinic at once.")
  @APIResponse(responseCode = "200", description = "The settings as changed")
  @APIResponse(responseCode = "400", description = "A setting is missing")
  @APIResponse(responseCode = "403", description = "Only the clinic's administrator")
  @APIResponse(responseCode = "503", description = "AUDIT_UNAVAILABLE: nothing changed")
  public ClinicSettingsRepresentation change(ClinicSettingsRequest request) {
    ClinicSettingsRequest body = RequestBodies.require(request);
    if (body.thumbnails == null) {
      throw InvalidRequestException.of("thumbnails", "must be true or false");
    }
    return ClinicSettingsRepresentation.of(
        settings.thumbnails(caller.clinic(), body.thumbnails, caller.subject()));
  }
}
