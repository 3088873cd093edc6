package org.kith.gallery.interfaces.rest.pairing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kith.api.rest.RequestBodies;
import org.kith.api.security.Caller;
import org.kith.api.security.Roles;
import org.kith.gallery.application.Devices.Registration;
import org.kith.gallery.application.pairing.Pairings;
import org.kith.gallery.interfaces.rest.DeviceRepresentation;

/** The clinician's side of pairing: the code the patient's phone shows, entered for the patient. */
@Path("/v1/patients/{patientId}/pairings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLINICIAN, Roles.CLINIC_ADMIN})
@Tag(name = "pairing")
public class PatientPairingsResource {
  @Inject Pairings pairings;
  @Inject Caller caller;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Pair the phone showing this code with the patient: it becomes one of their devices")
  @APIResponse(
      responseCode = "201",
      description = "Paired; the phone collects its credential itself, so none is shown here",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = DeviceRepresentation.class)))
  @APIResponse(responseCode = "400", description = "PAIRING_CODE_INVALID: no phone waits with it")
  @APIResponse(responseCode = "404", description = "No such patient in the caller's clinic")
  @APIResponse(responseCode = "429", description = "PAIRING_RATE_LIMITED: too many codes entered")
  public Response confirm(
      @PathParam("patientId") long patientId,
      @Valid PairingConfirmation request,
      @Context UriInfo uri) {
    PairingConfirmation body = RequestBodies.require(request);
    Registration registration =
        pairings.confirm(caller.clinic(), patientId, body.userCode, body.label, caller.subject());
    DeviceRepresentation device =
        DeviceRepresentation.of(
            registration.device(), Instant.now(Clock.systemUTC()), Duration.ZERO);
    return Response.created(
            uri.getBaseUriBuilder()
                .path("v1/patients/{patientId}/devices/{deviceId}")
                .build(patientId, device.id()))
        .entity(device)
        .build();
  }
}
