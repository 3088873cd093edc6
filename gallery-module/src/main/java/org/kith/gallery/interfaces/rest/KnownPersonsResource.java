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
import jakarta.ws.rs.PUT;
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
import org.kith.gallery.application.CurrentModel;
import org.kith.gallery.application.FaceTemplates;
import org.kith.gallery.application.KnownPersons;
import org.kith.gallery.application.ReEnrolments;
import org.kith.gallery.application.Thumbnails;
import org.kith.gallery.domain.KnownPerson;

/** The people a patient knows. Scoped to the caller's clinic; other clinics' patients are 404. */
@Path("/v1/patients/{patientId}/persons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLINICIAN, Roles.CLINIC_ADMIN})
@Tag(name = "known persons")
public class KnownPersonsResource {
  @Inject KnownPersons persons;
  @Inject FaceTemplates templates;
  @Inject Thumbnails thumbnails;
  @Inject ReEnrolments reEnrolments;
  @Inject CurrentModel currentModel;
  @Inject Caller caller;

  @GET
  @Operation(summary = "List a patient's known persons with their consent status")
  @APIResponse(responseCode = "200", description = "The patient's known persons")
  @APIResponse(responseCode = "404", description = "No such patient in the caller's clinic")
  public List<KnownPersonRepresentation> list(
      @PathParam("patientId") long patientId,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    Paging page = new Paging(offset, limit);
    return persons.list(caller.clinic(), patientId, page.offset(), page.limit()).stream()
        .map(this::represent)
        .toList();
  }

  @GET
  @Path("{personId}")
  @Operation(summary = "Read one known person")
  public KnownPersonRepresentation get(
      @PathParam("patientId") long patientId, @PathParam("personId") long personId) {
    return represent(persons.get(caller.clinic(), patientId, personId));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a person the patient knows")
  @APIResponse(
      responseCode = "201",
      description = "Added; no consent yet, so no photos can be enrolled",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = KnownPersonRepresentation.class)))
  public Response add(
      @PathParam("patientId") long patientId, @Valid PersonRequest request, @Context UriInfo uri) {
    KnownPerson person =
        persons.add(
            caller.clinic(), patientId, RequestBodies.require(request).details(), caller.subject());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(person.id())).build())
        .entity(represent(person))
        .build();
  }

  @PUT
  @Path("{personId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change what is said about a person (never who they are)")
  @APIResponse(responseCode = "200", description = "The person as changed, with the new version")
  @APIResponse(responseCode = "409", description = "The person was changed since the given version")
  public KnownPersonRepresentation describe(
      @PathParam("patientId") long patientId,
      @PathParam("personId") long personId,
      @Valid PersonRequest request) {
    PersonRequest body = RequestBodies.require(request);
    return represent(
        persons.describe(caller.clinic(), patientId, personId, body.details(), body.version));
  }

  @DELETE
  @Path("{personId}")
  @Operation(
      summary =
          "Remove a person and everything held about them: face templates, thumbnail, consent"
              + " records and their evidence")
  @APIResponse(responseCode = "204", description = "Removed; they stop matching at once")
  public void remove(@PathParam("patientId") long patientId, @PathParam("personId") long personId) {
    persons.remove(caller.clinic(), patientId, personId);
  }

  private KnownPersonRepresentation represent(KnownPerson person) {
    return KnownPersonRepresentation.of(
        person,
        persons.consentStatus(caller.clinic(), person.id()),
        templates.summary(caller.clinic(), person.id()),
        !thumbnails.present(caller.clinic(), List.of(person.id())).isEmpty(),
        reEnrolments.coverage(caller.clinic(), person.id()),
        currentModel.key());
  }
}
