package org.kith.gallery.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kith.api.problem.InvalidRequestException;
import org.kith.api.security.Caller;
import org.kith.api.security.Roles;
import org.kith.gallery.application.FaceTemplates;

/** A known person's face templates: enrol from photos, list, delete. */
@Path("/v1/patients/{patientId}/persons/{personId}/templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLINICIAN, Roles.CLINIC_ADMIN})
@Tag(name = "face templates")
public class TemplatesResource {
  @Inject FaceTemplates templates;
  @Inject Caller caller;

  @Inject
  @ConfigProperty(name = "kith.gallery.image.max-bytes", defaultValue = "8388608")
  int maxImageBytes;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Enrol photos of the person",
      description =
          "One or more parts named image. Each acceptable photo becomes a template; each other"
              + " one is answered with a reason (NO_FACE, MULTIPLE_FACES, LOW_QUALITY,"
              + " POSE_TOO_FAR, SPOOF_SUSPECTED, IMAGE_REJECTED) and guidance, and stores nothing.")
  @APIResponse(responseCode = "200", description = "One result per image")
  @APIResponse(responseCode = "400", description = "No image part (IMAGE_MISSING)")
  @APIResponse(responseCode = "409", description = "No active consent (CONSENT_REQUIRED)")
  @APIResponse(
      responseCode = "503",
      description = "Recognition or audit unavailable; nothing stored")
  public EnrolmentRepresentation enrol(
      @PathParam("patientId") long patientId,
      @PathParam("personId") long personId,
      List<EntityPart> parts) {
    return EnrolmentRepresentation.of(
        templates.enrol(
            caller.clinic(), patientId, personId, ImageParts.read(parts, maxImageBytes)));
  }

  @GET
  @Operation(summary = "The person's templates with their model and quality")
  public List<TemplateRepresentation> list(
      @PathParam("patientId") long patientId, @PathParam("personId") long personId) {
    return templates.list(caller.clinic(), patientId, personId).stream()
        .map(TemplateRepresentation::of)
        .toList();
  }

  @DELETE
  @Operation(
      summary = "Delete the person's templates of earlier face models",
      description =
          "Only with stale=true: deletes the templates made by another embedding model than the"
              + " running one (they no longer match) and keeps the current model's. Templates of"
              + " earlier models are never deleted on their own, so nothing is lost before new"
              + " photos are enrolled.")
  @APIResponse(responseCode = "200", description = "How many templates were deleted")
  @APIResponse(responseCode = "400", description = "stale=true missing (INVALID_REQUEST)")
  @APIResponse(
      responseCode = "503",
      description = "The running model is not known (RECOGNITION_UNAVAILABLE); nothing deleted")
  public StaleTemplatesRemoval deleteStale(
      @PathParam("patientId") long patientId,
      @PathParam("personId") long personId,
      @QueryParam("stale") String stale) {
    if (!"true".equals(stale)) {
      throw InvalidRequestException.of(
          "stale", "say stale=true: only templates of earlier face models can be deleted at once");
    }
    return new StaleTemplatesRemoval(templates.deleteStale(caller.clinic(), patientId, personId));
  }

  @DELETE
  @Path("{templateId}")
  @Operation(summary = "Delete one template; it stops matching at once")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(
      @PathParam("patientId") long patientId,
      @PathParam("personId") long personId,
      @PathParam("templateId") long templateId) {
    templates.delete(caller.clinic(), patientId, personId, templateId);
    return Response.noContent().build();
  }
}
