package org.kith.gallery.interfaces.rest.pairing;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kith.api.problem.CommonErrors;
import org.kith.api.problem.KithException;
import org.kith.gallery.application.GalleryErrors;
import org.kith.gallery.domain.DeviceIdentities;
import org.kith.gallery.domain.DeviceIdentities.DeviceToken;
import org.kith.gallery.interfaces.rest.NoStore;

/**
 * A device's credential exchanged for a bearer token (the client credentials grant, relayed to the
 * realm). It lets a browser app get tokens from the same origin as the API it calls; a device that
 * can reach the realm itself may use the realm's token endpoint instead. Calls are limited per
 * address, so this is no faster a way to guess secrets than the realm is.
 */
@Path("/v1/device-tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirementsSet
@Tag(name = "pairing")
public class DeviceTokensResource {
  @Inject DeviceIdentities identities;
  @Inject DeviceTokenLimits limits;
  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(summary = "Exchange a device's client id and secret for a bearer token")
  @APIResponse(
      responseCode = "200",
      description = "A token for the encounter and identify APIs",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = DeviceTokenRepresentation.class)))
  @APIResponse(responseCode = "400", description = "client_id or client_secret missing")
  @APIResponse(
      responseCode = "401",
      description = "DEVICE_CREDENTIALS_INVALID: revoked, or never a device")
  @APIResponse(responseCode = "429", description = "PAIRING_RATE_LIMITED: too many tries")
  @APIResponse(responseCode = "503", description = "The identity provider is not reachable")
  public Response token(
      @FormParam("client_id") String clientId, @FormParam("client_secret") String clientSecret) {
    if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
      throw new KithException(
          CommonErrors.VALIDATION_FAILED, "client_id and client_secret are both required");
    }
    if (!limits.allow(request.getRemoteAddr())) {
      throw new KithException(
          GalleryErrors.PAIRING_RATE_LIMITED, "Too many token requests; wait a minute");
    }
    DeviceToken token =
        identities
            .token(clientId, clientSecret)
            .orElseThrow(
                () ->
                    new KithException(
                        GalleryErrors.DEVICE_CREDENTIALS_INVALID,
                        "This device was revoked or is unknown; pair it again"));
    return Response.ok(
            new DeviceTokenRepresentation(token.accessToken(), "Bearer", token.expiresIn()))
        .cacheControl(NoStore.CACHE_CONTROL)
        .build();
  }
}
