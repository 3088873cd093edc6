package org.kith.gallery.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kith.api.security.Caller;
import org.kith.api.security.Roles;
import org.kith.gallery.application.KnownPersons;
import org.kith.gallery.application.Thumbnails;

/** A known person's thumbnail, kept only where the clinic enables thumbnails. */
@Path("/v1/patients/{patientId}/persons/{personId}/thumbnail")
@RequestScoped
@RolesAllowed({Roles.CLINICIAN, Roles.CLINIC_ADMIN})
@Tag(name = "known persons")
public class PersonThumbnailResource {
  @Inject KnownPersons persons;
  @Inject Thumbnails thumbnails;
  @Inject Caller caller;

  @GET
  @Produces({"image/jpeg", "application/problem+json"})
  @Operation(summary = "The person's face thumbnail (JPEG, at most 160x160)")
  @APIResponse(responseCode = "200", description = "The thumbnail; never cached")
  @APIResponse(responseCode = "404", description = "THUMBNAIL_NOT_FOUND, or no such person")
  @APIResponse(responseCode = "503", description = "ENCRYPTION_UNAVAILABLE")
  public Response get(
      @PathParam("patientId") long patientId, @PathParam("personId") long personId) {
    persons.get(caller.clinic(), patientId, personId);
    return Response.ok(thumbnails.read(caller.clinic(), personId), "image/jpeg")
        .cacheControl(NoStore.CACHE_CONTROL)
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
