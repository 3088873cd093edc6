package org.kith.gallery.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kith.api.security.Caller;
import org.kith.api.security.Roles;
import org.kith.gallery.application.Actors;
import org.kith.gallery.application.IdentificationRequest;
import org.kith.gallery.application.Identifications;
import org.kith.gallery.application.UploadedImage;

/** A clinician tries identify against a patient's gallery; audited like a device's call. */
@Path("/v1/patients/{patientId}/identification-trials")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLINICIAN, Roles.CLINIC_ADMIN})
@Tag(name = "identify")
public class IdentificationTrialsResource {
  @Inject Identifications identifications;
  @Inject Caller caller;
  @Inject Actors actors;

  @Inject
  @ConfigProperty(name = "kith.gallery.image.max-bytes", defaultValue = "8388608")
  int maxImageBytes;

  @POST
  @Consumes({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_OCTET_STREAM})
  @Operation(summary = "Try identify on a photo, as the patient's device would")
  @APIResponse(responseCode = "404", description = "No such patient in the caller's clinic")
  public IdentificationRepresentation trial(
      @PathParam("patientId") long patientId,
      InputStream body,
      @HeaderParam(RequestIds.HEADER) String requestId)
      throws IOException {
    return run(
        patientId, body == null ? new byte[0] : ImageParts.limited(body, maxImageBytes), requestId);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Try identify on a photo sent as multipart part image")
  public IdentificationRepresentation trialMultipart(
      @PathParam("patientId") long patientId,
      List<EntityPart> parts,
      @HeaderParam(RequestIds.HEADER) String requestId) {
    List<UploadedImage> images = ImageParts.read(parts, maxImageBytes);
    return run(patientId, images.isEmpty() ? new byte[0] : images.get(0).bytes(), requestId);
  }

  private IdentificationRepresentation run(long patientId, byte[] image, String requestId) {
    return IdentificationRepresentation.of(
        identifications.identify(
            new IdentificationRequest(
                caller.clinic(),
                patientId,
                actors.current(),
                null,
                image,
                RequestIds.of(requestId))));
  }
}
