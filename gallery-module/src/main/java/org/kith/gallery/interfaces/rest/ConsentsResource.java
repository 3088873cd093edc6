package org.kith.gallery.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kith.api.rest.RequestBodies;
import org.kith.api.security.Caller;
import org.kith.api.security.Roles;
import org.kith.gallery.application.ConsentEvidences;
import org.kith.gallery.application.Consents;
import org.kith.gallery.domain.Consent;
import org.kith.gallery.domain.EvidenceSummary;

/** A known person's consents: record, read the history, withdraw. Consents are never deleted. */
@Path("/v1/patients/{patientId}/persons/{personId}/consents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLINICIAN, Roles.CLINIC_ADMIN})
@Tag(name = "consent")
public class ConsentsResource {
  @Inject Consents consents;
  @Inject ConsentEvidences evidences;
  @Inject Caller caller;

  private ConsentRepresentation represent(Consent consent, Instant now) {
    return ConsentRepresentation.of(
        consent,
        now,
        evidences.summaries(caller.clinic(), List.of(consent.id())).get(consent.id()));
  }

  @GET
  @Operation(summary = "The person's consent history, newest first")
  public List<ConsentRepresentation> history(
      @PathParam("patientId") long patientId, @PathParam("personId") long personId) {
    Instant now = Instant.now(Clock.systemUTC());
    List<Consent> history = consents.history(caller.clinic(), patientId, personId);
    Map<Long, EvidenceSummary> evidence =
        evidences.summaries(caller.clinic(), history.stream().map(Consent::id).toList());
    return history.stream()
        .map(c -> ConsentRepresentation.of(c, now, evidence.get(c.id())))
        .toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record the person's consent to be recognised for this patient")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ConsentRepresentation.class)))
  @APIResponse(responseCode = "409", description = "The person already has an active consent")
  public Response record(
      @PathParam("patientId") long patientId,
      @PathParam("personId") long personId,
      @Valid ConsentRequest request,
      @Context UriInfo uri) {
    Consent consent =
        consents.record(
            caller.clinic(),
            patientId,
            personId,
            RequestBodies.require(request).terms(),
            caller.subject());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(consent.id())).build())
        .entity(ConsentRepresentation.of(consent, Instant.now(Clock.systemUTC()), null))
        .build();
  }

  @POST
  @Path("{consentId}/withdrawal")
  @Operation(summary = "Withdraw the consent now")
  @APIResponse(responseCode = "200", description = "Withdrawn; the person's templates are erased")
  @APIResponse(responseCode = "409", description = "Already withdrawn")
  public ConsentRepresentation withdraw(
      @PathParam("patientId") long patientId,
      @PathParam("personId") long personId,
      @PathParam("consentId") long consentId) {
    Consent consent =
        consents.withdraw(caller.clinic(), patientId, personId, consentId, caller.subject());
    return represent(consent, Instant.now(Clock.systemUTC()));
  }

  @PUT
  @Path("{consentId}/evidence")
  @Operation(
      summary = "Upload the file that proves the consent (signed form or a photo of it)",
      description =
          "The raw file is the body, sent as application/pdf, image/jpeg or image/png; its leading"
              + " bytes must match that type. Replaces an earlier upload. Only while the consent is"
              + " active. Stored encrypted.")
  @RequestBody(
      required = true,
      content = {
        @Content(mediaType = "application/pdf"),
        @Content(mediaType = "image/jpeg"),
        @Content(mediaType = "image/png")
      })
  @APIResponse(responseCode = "200", description = "Stored; the consent with its evidence")
  @APIResponse(responseCode = "400", description = "EVIDENCE_EMPTY or EVIDENCE_TYPE_MISMATCH")
  @APIResponse(responseCode = "404", description = "No such consent for this caller")
  @APIResponse(responseCode = "409", description = "EVIDENCE_FROZEN: the consent is not active")
  @APIResponse(responseCode = "413", description = "EVIDENCE_TOO_LARGE")
  @APIResponse(responseCode = "415", description = "EVIDENCE_TYPE_NOT_ALLOWED")
  @APIResponse(responseCode = "503", description = "ENCRYPTION_UNAVAILABLE or AUDIT_UNAVAILABLE")
  public ConsentRepresentation uploadEvidence(
      @PathParam("patientId") long patientId,
      @PathParam("personId") long personId,
      @PathParam("consentId") long consentId,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      InputStream body) {
    // No @Consumes: a type outside the three must get the gallery's own 415 problem.
    EvidenceSummary stored =
        evidences.upload(caller.clinic(), patientId, personId, consentId, contentType, body);
    Consent consent =
        consents.history(caller.clinic(), patientId, personId).stream()
            .filter(c -> c.id() == consentId)
            .findFirst()
            .orElseThrow();
    return ConsentRepresentation.of(consent, Instant.now(Clock.systemUTC()), stored);
  }

  @GET
  @Path("{consentId}/evidence")
  @Produces({"application/pdf", "image/jpeg", "image/png", "application/problem+json"})
  @Operation(summary = "Download the consent's evidence file")
  @APIResponse(responseCode = "200", description = "The file, as it was uploaded")
  @APIResponse(responseCode = "404", description = "EVIDENCE_NOT_FOUND, or no such consent")
  @APIResponse(responseCode = "503", description = "ENCRYPTION_UNAVAILABLE")
  public Response downloadEvidence(
      @PathParam("patientId") long patientId,
      @PathParam("personId") long personId,
      @PathParam("consentId") long consentId) {
    ConsentEvidences.EvidenceFile file =
        evidences.download(caller.clinic(), patientId, personId, consentId);
    return Response.ok(file.content(), file.type().mediaType())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"consent-"
                + consentId
                + "-evidence."
                + file.type().extension()
                + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(NoStore.CACHE_CONTROL)
        .build();
  }
}
