package org.kith.gallery.interfaces.rest.pairing;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kith.api.rest.RequestBodies;
import org.kith.gallery.application.Devices.Registration;
import org.kith.gallery.application.pairing.Pairings;
import org.kith.gallery.interfaces.rest.DeviceRepresentation;
import org.kith.gallery.interfaces.rest.NoStore;

/**
 * The phone's side of pairing, without a token: start, then ask every few seconds until a clinician
 * has entered the code (RFC 8628's polling, with its errors as problems: {@code PAIRING_PENDING},
 * {@code PAIRING_SLOW_DOWN}, {@code PAIRING_EXPIRED}).
 */
@Path("/v1/pairings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirementsSet
@Tag(name = "pairing")
public class PairingsResource {
  @Inject Pairings pairings;
  @Context HttpServletRequest request;

  @POST
  @Operation(summary = "Start pairing a phone: a code to show, and a secret to ask with")
  @APIResponse(
      responseCode = "201",
      description = "Started; show userCode, keep pairingCode in memory",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = PairingStartRepresentation.class)))
  @APIResponse(responseCode = "429", description = "Too many pairings started from here")
  public Response start() {
    Pairings.Started started = pairings.start(request.getRemoteAddr());
    return Response.status(Response.Status.CREATED)
        .cacheControl(NoStore.CACHE_CONTROL)
        .entity(
            new PairingStartRepresentation(
                started.deviceCode(),
                started.userCode(),
                started.expiresAt(),
                Duration.between(Instant.now(Clock.systemUTC()), started.expiresAt()).toSeconds(),
                started.interval().toSeconds()))
        .build();
  }

  @POST
  @Path("claim")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Collect the device credential once the code was entered; once")
  @APIResponse(
      responseCode = "200",
      description = "Paired: the device and its credential, shown only in this answer",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = PairedDeviceRepresentation.class)))
  @APIResponse(
      responseCode = "400",
      description = "PAIRING_PENDING (ask again later) or PAIRING_EXPIRED (start anew)")
  @APIResponse(responseCode = "429", description = "PAIRING_SLOW_DOWN: asked too often")
  public Response claim(@Valid PairingClaim claim, @Context UriInfo uri) {
    Registration registration = pairings.claim(RequestBodies.require(claim).pairingCode);
    return Response.ok(
            new PairedDeviceRepresentation(
                DeviceRepresentation.of(
                    registration.device(), Instant.now(Clock.systemUTC()), Duration.ZERO),
                registration.credentials().clientId(),
                registration.credentials().clientSecret(),
                uri.getBaseUriBuilder().path("v1/device-tokens").build().toString()))
        .cacheControl(NoStore.CACHE_CONTROL)
        .build();
  }
}
