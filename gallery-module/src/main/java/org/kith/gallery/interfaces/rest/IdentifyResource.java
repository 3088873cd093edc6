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
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kith.api.problem.KithException;
import org.kith.api.security.Caller;
import org.kith.api.security.Claims;
import org.kith.api.security.Roles;
import org.kith.gallery.application.Actors;
import org.kith.gallery.application.GalleryErrors;
import org.kith.gallery.application.IdentificationRequest;
import org.kith.gallery.application.Identifications;
import org.kith.gallery.application.UploadedImage;

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
  @Inject Caller caller;
  @Inject Actors actors;
  @Inject JsonWebToken token;

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
    return IdentificationRepresentation.of(
        identifications.identify(
            new IdentificationRequest(
                caller.clinic(),
                patientClaim(),
                actors.current(),
                deviceClientId(),
                image,
                RequestIds.of(requestId))));
  }

  private long patientClaim() {
    Object claim = token.getClaim(Claims.PATIENT);
    String text = claim == null ? "" : claim.toString().replace("\"", "");
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new KithException(GalleryErrors.DEVICE_UNKNOWN, "the device token names no patient");
    }
  }

  /** Keycloak names the client a token was issued to in {@code azp}. */
  private String deviceClientId() {
    Object azp = token.getClaim("azp");
    if (azp == null) {
      throw new KithException(GalleryErrors.DEVICE_UNKNOWN, "the device token names no client");
    }
    return azp.toString().replace("\"", "");
  }
}
