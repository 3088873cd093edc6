package org.kith.gallery.interfaces.rest.encounter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kith.api.security.Roles;
import org.kith.gallery.application.encounter.DeviceCaller;
import org.kith.gallery.application.encounter.Encounters;
import org.kith.gallery.application.encounter.FrameAnswer;
import org.kith.gallery.interfaces.rest.DeviceCallers;
import org.kith.gallery.interfaces.rest.ImageParts;

/**
 * The device's stream: open an encounter, send its frames one request each (or over the encounter's
 * WebSocket), close it. The device never decides who someone is: each answer carries the
 * encounter's events, and only {@code person.confirmed} names anyone.
 */
@Path("/v1/encounters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DEVICE)
@Tag(name = "encounters")
public class EncountersResource {
  @Inject Encounters encounters;
  @Inject DeviceCallers callers;
  @Inject SocketTickets tickets;

  @Inject
  @ConfigProperty(name = "kith.gallery.image.max-bytes", defaultValue = "8388608")
  int maxImageBytes;

  @POST
  @Operation(
      summary = "Open an encounter",
      description =
          "Audited. It ends by itself when no frame arrives within the idle timeout (30 s).")
  @APIResponse(responseCode = "201", description = "Opened")
  @APIResponse(responseCode = "403", description = "DEVICE_UNKNOWN or DEVICE_REVOKED")
  @APIResponse(responseCode = "429", description = "ENCOUNTER_LIMIT")
  @APIResponse(responseCode = "503", description = "AUDIT_UNAVAILABLE")
  public Response open() {
    EncounterRepresentation opened = EncounterRepresentation.of(encounters.open(callers.current()));
    return Response.status(Response.Status.CREATED).entity(opened).build();
  }

  @POST
  @Path("{id}/frames")
  @Consumes({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary = "One frame of the encounter",
      description =
          "The image is the body. sequence must rise from frame to frame: an older or repeated"
              + " one is dropped (OUT_OF_ORDER), and one waiting while a newer one arrives is"
              + " dropped (SUPERSEDED). The answer carries the events since the last answer.")
  @APIResponse(responseCode = "200", description = "PROCESSED or DROPPED, with events")
  @APIResponse(
      responseCode = "400",
      description = "FRAME_SEQUENCE_INVALID, FRAME_TIME_INVALID, IMAGE_MISSING, IMAGE_TRUNCATED")
  @APIResponse(responseCode = "403", description = "DEVICE_UNKNOWN or DEVICE_REVOKED")
  @APIResponse(responseCode = "404", description = "ENCOUNTER_NOT_FOUND")
  @APIResponse(responseCode = "413", description = "IMAGE_TOO_LARGE or IMAGE_TOO_MANY_PIXELS")
  @APIResponse(responseCode = "415", description = "IMAGE_NOT_AN_IMAGE")
  @APIResponse(responseCode = "503", description = "RECOGNITION_UNAVAILABLE")
  public FrameAnswer frame(
      @PathParam("id") String id,
      @Parameter(description = "The device's frame number, rising") @QueryParam("sequence")
          Long sequence,
      @Parameter(description = "When the frame was captured: ISO-8601 or epoch milliseconds")
          @QueryParam("capturedAt")
          String capturedAt,
      InputStream body)
      throws IOException {
    DeviceCaller caller = callers.current();
    byte[] image = body == null ? new byte[0] : ImageParts.limited(body, maxImageBytes);
    return encounters.frame(
        caller, id, FrameParameters.sequence(sequence), FrameParameters.time(capturedAt), image);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Close the encounter", description = "Audited with its frame counts.")
  @APIResponse(responseCode = "200", description = "Closed, with the last events")
  @APIResponse(responseCode = "404", description = "ENCOUNTER_NOT_FOUND")
  public FrameAnswer close(@PathParam("id") String id) {
    return encounters.close(callers.current(), id);
  }

  @POST
  @Path("{id}/socket-tickets")
  @Operation(
      summary = "A one-time ticket for the encounter's WebSocket",
      description =
          "Connect to the socket path and send {\"ticket\": …} as the first text message; then"
              + " each binary message is a frame: 8 bytes sequence and 8 bytes capture time in"
              + " epoch milliseconds (-1 for none), big-endian, then the image.")
  @APIResponse(responseCode = "201", description = "The ticket, valid 30 s, once")
  @APIResponse(responseCode = "404", description = "ENCOUNTER_NOT_FOUND")
  public Response ticket(@PathParam("id") String id) {
    DeviceCaller caller = callers.current();
    // A ticket is only given for the caller's own open encounter.
    encounters.verify(caller, id);
    String ticket = tickets.issue(caller, id);
    return Response.status(Response.Status.CREATED)
        .entity(
            new SocketTicketRepresentation(
                ticket,
                Instant.now(Clock.systemUTC()).plus(SocketTickets.LIFETIME),
                "/gallery/ws/v1/encounters/" + id))
        .header("Cache-Control", "no-store")
        .build();
  }
}
