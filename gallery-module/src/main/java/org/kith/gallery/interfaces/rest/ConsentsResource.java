package org.kith.gallery.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kith.api.rest.RequestBodies;
import org.kith.api.security.Caller;
import org.kith.api.security.Roles;
import org.kith.gallery.application.Consents;
import org.kith.gallery.domain.Consent;

/** A known person's consents: record, read the history, withdraw. Consents are never deleted. */
@Path("/v1/patients/{patientId}/persons/{personId}/consents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLINICIAN, Roles.CLINIC_ADMIN})
@Tag(name = "consent")
public class ConsentsResource {
  @Inject Consents consents;
  @Inject Caller caller;

  @GET
  @Operation(summary = "The person's consent history, newest first")
  public List<ConsentRepresentation> history(
      @PathParam("patientId") long patientId, @PathParam("personId") long personId) {
    Instant now = Instant.now(Clock.systemUTC());
    return consents.history(caller.clinic(), patientId, personId).stream()
        .map(c -> ConsentRepresentation.of(c, now))
        .toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record the person's consent to be recognised for this patient")
  @APIResponse(responseCode = "201", description = "Recorded")
  @APIResponse(responseCode = "409", description = "The person already has an active consent")
  public Response record(
      @PathParam("patientId") long patientId,
      @PathParam("personId") long personId,
      @Valid ConsentRequest request,
      @Context UriInfo uri) {
    Consent consent =
        consents.record(
            caller.clinic(),
            patientId,
            personId,
            RequestBodies.require(request).terms(),
            caller.subject());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(consent.id())).build())
        .entity(ConsentRepresentation.of(consent, Instant.now(Clock.systemUTC())))
        .build();
  }

  @POST
  @Path("{consentId}/withdrawal")
  @Operation(summary = "Withdraw the consent now")
  @APIResponse(responseCode = "409", description = "Already withdrawn")
  public ConsentRepresentation withdraw(
      @PathParam("patientId") long patientId,
      @PathParam("personId") long personId,
      @PathParam("consentId") long consentId) {
    Consent consent =
        consents.withdraw(caller.clinic(), patientId, personId, consentId, caller.subject());
    return ConsentRepresentation.of(consent, Instant.now(Clock.systemUTC()));
  }
}
