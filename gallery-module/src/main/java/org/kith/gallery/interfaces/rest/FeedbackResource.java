package org.kith.gallery.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kith.api.rest.RequestBodies;
import org.kith.api.security.Caller;
import org.kith.api.security.Roles;
import org.kith.gallery.application.Actors;
import org.kith.gallery.application.Feedbacks;

/** "That answer was wrong": recorded in the audit log against the answer's event. */
@Path("/v1/feedback")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DEVICE, Roles.CLINICIAN, Roles.CLINIC_ADMIN})
@Tag(name = "identify")
public class FeedbackResource {
  @Inject Feedbacks feedbacks;
  @Inject Caller caller;
  @Inject Actors actors;
  @Inject JsonWebToken token;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Report whether an identify answer was right")
  @APIResponse(
      responseCode = "202",
      description = "Recorded; the body names the feedback's event",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = FeedbackReceipt.class)))
  @APIResponse(responseCode = "422", description = "No such audit event in the caller's clinic")
  public Response report(
      @Valid FeedbackRequest request, @jakarta.ws.rs.core.Context SecurityContext security) {
    FeedbackRequest body = RequestBodies.require(request);
    String device =
        security.isUserInRole(Roles.DEVICE) && token.getClaim("azp") != null
            ? token.getClaim("azp").toString().replace("\"", "")
            : null;
    long eventId =
        feedbacks.report(
            caller.clinic(),
            actors.current(),
            device,
            body.auditEventId,
            body.correct,
            body.actualPersonId);
    return Response.accepted(new FeedbackReceipt(eventId)).build();
  }
}
