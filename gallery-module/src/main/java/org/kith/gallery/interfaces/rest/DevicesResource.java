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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kith.api.rest.RequestBodies;
import org.kith.api.security.Caller;
import org.kith.api.security.Roles;
import org.kith.gallery.application.Devices;
import org.kith.gallery.domain.Device;

/** A patient's assistive devices: register (credentials shown once), list, revoke. */
@Path("/v1/patients/{patientId}/devices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLINICIAN, Roles.CLINIC_ADMIN})
@Tag(name = "devices")
public class DevicesResource {
  @Inject Devices devices;
  @Inject Caller caller;

  @Inject
  @ConfigProperty(name = "kith.oidc.issuer")
  String issuer;

  /** How recently a device must have identified to be shown online (ISO-8601 duration). */
  @Inject
  @ConfigProperty(name = "kith.gallery.devices.online-window", defaultValue = "PT5M")
  String onlineWindow;

  private DeviceRepresentation represent(Device device) {
    return DeviceRepresentation.of(
        device, Instant.now(Clock.systemUTC()), Duration.parse(onlineWindow));
  }

  @GET
  @Operation(summary = "List the patient's devices, active and revoked")
  public List<DeviceRepresentation> list(@PathParam("patientId") long patientId) {
    return devices.list(caller.clinic(), patientId).stream().map(this::represent).toList();
  }

  @GET
  @Path("{deviceId}")
  @Operation(summary = "Read one device (without its secret)")
  public DeviceRepresentation get(
      @PathParam("patientId") long patientId, @PathParam("deviceId") long deviceId) {
    return represent(devices.get(caller.clinic(), patientId, deviceId));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Register a device for the patient; the answer holds its secret, shown only this once")
  @APIResponse(
      responseCode = "201",
      description = "Registered; the client secret is shown only in this answer",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = DeviceRegistrationRepresentation.class)))
  @APIResponse(
      responseCode = "503",
      description = "The identity provider could not create the device's client")
  public Response register(
      @PathParam("patientId") long patientId, @Valid NewDevice request, @Context UriInfo uri) {
    Devices.Registration registration =
        devices.register(
            caller.clinic(), patientId, RequestBodies.require(request).label, caller.subject());
    return Response.created(
            uri.getAbsolutePathBuilder().path(Long.toString(registration.device().id())).build())
        .cacheControl(NoStore.CACHE_CONTROL)
        .entity(
            new DeviceRegistrationRepresentation(
                represent(registration.device()),
                issuer + "/protocol/openid-connect/token",
                registration.credentials().clientId(),
                registration.credentials().clientSecret()))
        .build();
  }

  @POST
  @Path("{deviceId}/revocation")
  @Operation(summary = "Revoke the device now")
  public DeviceRepresentation revoke(
      @PathParam("patientId") long patientId, @PathParam("deviceId") long deviceId) {
    return represent(devices.revoke(caller.clinic(), patientId, deviceId, caller.subject()));
  }
}
