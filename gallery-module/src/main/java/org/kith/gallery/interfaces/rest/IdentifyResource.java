package org.kith.gallery.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kith.api.security.Roles;
import org.kith.gallery.application.IdentificationRequest;
import org.kith.gallery.application.Identifications;
import org.kith.gallery.application.UploadedImage;
import org.kith.gallery.application.encounter.DeviceCaller;

/**
 * The device's hot path. The patient comes from the device's token and is checked against the
 * device's registration, never taken from the request.
 */
@Path("/v1/identify")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DEVICE)
@Tag(name = "identify")
public class IdentifyResource {
  @Inject Identifications identifications;
  @Inject DeviceCallers devices;

  @Inject
  @ConfigProperty(name = "kith.gallery.image.max-bytes", defaultValue = "8388608")
  int maxImageBytes;

  @POST
  @Consumes({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary = "Who is in this picture?",
      description =
          "The image is the body. Answers only once the answer is in the audit log; frameId and"
              + " clientTime are the device's own and are not stored.")
  @APIResponse(
      responseCode = "200",
      description = "OK, NO_FACE or LOW_QUALITY, per face a decision")
  @APIResponse(responseCode = "400", description = "IMAGE_MISSING or IMAGE_TRUNCATED")
  @APIResponse(responseCode = "403", description = "DEVICE_UNKNOWN or DEVICE_REVOKED")
  @APIResponse(responseCode = "413", description = "IMAGE_TOO_LARGE or IMAGE_TOO_MANY_PIXELS")
  @APIResponse(responseCode = "415", description = "IMAGE_NOT_AN_IMAGE")
  @APIResponse(responseCode = "503", description = "AUDIT_UNAVAILABLE or RECOGNITION_UNAVAILABLE")
  public IdentificationRepresentation identify(
      InputStream body,
      @QueryParam("frameId") String frameId,
      @QueryParam("clientTime") String clientTime,
      @HeaderParam(RequestIds.HEADER) String requestId)
      throws IOException {
    return run(body == null ? new byte[0] : ImageParts.limited(body, maxImageBytes), requestId);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Who is in this picture? (the image as multipart part image)")
  public IdentificationRepresentation identifyMultipart(
      List<EntityPart> parts,
      @QueryParam("frameId") String frameId,
      @QueryParam("clientTime") String clientTime,
      @HeaderParam(RequestIds.HEADER) String requestId) {
    List<UploadedImage> images = ImageParts.read(parts, maxImageBytes);
    return run(images.isEmpty() ? new byte[0] : images.get(0).bytes(), requestId);
  }

  private IdentificationRepresentation run(byte[] image, String requestId) {
    DeviceCaller device = devices.current();
    return IdentificationRepresentation.of(
        identifications.identify(
            new IdentificationRequest(
                device.clinic(),
                device.patientId(),
                device.actor(),
                device.clientId(),
                image,
                RequestIds.of(requestId))));
  }
}
