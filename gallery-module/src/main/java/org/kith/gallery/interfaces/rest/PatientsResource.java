package org.kith.gallery.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kith.api.rest.Paging;
import org.kith.api.rest.RequestBodies;
import org.kith.api.security.Caller;
import org.kith.api.security.Roles;
import org.kith.gallery.application.PatientService;

/** A clinic's patients. Every query is scoped to the caller's clinic. */
@Path("/v1/patients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "patients")
public class PatientsResource {
  @Inject PatientService patients;
  @Inject Caller caller;

  @GET
  @RolesAllowed({Roles.CLINICIAN, Roles.CLINIC_ADMIN})
  @Operation(summary = "List the clinic's patients")
  public List<PatientRepresentation> list(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    Paging page = new Paging(offset, limit);
    return patients.list(caller.clinic(), page.offset(), page.limit()).stream()
        .map(PatientRepresentation::of)
        .toList();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.CLINICIAN, Roles.CLINIC_ADMIN})
  @Operation(summary = "Read one patient")
  @APIResponse(responseCode = "200", description = "The patient")
  @APIResponse(responseCode = "404", description = "No such patient in the caller's clinic")
  public PatientRepresentation get(@PathParam("id") long id) {
    return PatientRepresentation.of(patients.get(caller.clinic(), id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CLINICIAN, Roles.CLINIC_ADMIN})
  @Operation(summary = "Register a patient under a pseudonym")
  @APIResponse(
      responseCode = "201",
      description = "Registered; Location names the new patient",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = PatientRepresentation.class)))
  public Response register(@Valid NewPatient request, @Context UriInfo uri) {
    PatientRepresentation created =
        PatientRepresentation.of(
            patients.register(
                caller.clinic(), RequestBodies.require(request).pseudonym, caller.subject()));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.CLINICIAN, Roles.CLINIC_ADMIN})
  @Operation(
      summary =
          "Remove a patient and everything held about them: known persons with their templates,"
              + " thumbnails, consent records and evidence, and devices (whose clients are"
              + " disabled first)")
  @APIResponse(responseCode = "204", description = "Removed; the devices can no longer identify")
  @APIResponse(responseCode = "404", description = "No such patient in the caller's clinic")
  @APIResponse(
      responseCode = "503",
      description = "Identity provider or audit log unavailable; nothing removed")
  public Response remove(@PathParam("id") long id) {
    patients.remove(caller.clinic(), id);
    return Response.noContent().build();
  }
}
