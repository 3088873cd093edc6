package org.kith.gallery.interfaces.rest.encounter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kith.api.problem.InvalidRequestException;
import org.kith.api.problem.ProblemDetail.FieldViolation;
import org.kith.api.rest.RequestBodies;
import org.kith.api.security.Caller;
import org.kith.api.security.Roles;
import org.kith.gallery.application.encounter.AnnouncementPolicies;
import org.kith.gallery.domain.encounter.AnnouncementPolicy;
import org.kith.gallery.domain.encounter.Verbosity;

/** What a patient's device says about the people it confirms, set by their clinician. */
@Path("/v1/patients/{patientId}/announcement-policy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLINICIAN, Roles.CLINIC_ADMIN})
@Tag(name = "encounters")
public class AnnouncementPolicyResource {
  @Inject AnnouncementPolicies policies;
  @Inject Caller caller;

  @GET
  @Operation(summary = "The patient's announcement policy (the defaults until one is set)")
  @APIResponse(responseCode = "200", description = "The policy")
  @APIResponse(responseCode = "404", description = "NOT_FOUND")
  public AnnouncementPolicyRepresentation get(@PathParam("patientId") long patientId) {
    return AnnouncementPolicyRepresentation.of(policies.policy(caller.clinic(), patientId));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set the patient's announcement policy",
      description =
          "coolDownSeconds (0 to 86400): a person is announced again only after being away"
              + " longer; verbosity NAME, NAME_AND_RELATIONSHIP or NAME_RELATIONSHIP_AND_CUE;"
              + " speakUncertain: an uncertain match may be said as \"might be …\";"
              + " strangerTone: a confirmed stranger gets a soft tone. Audited.")
  @APIResponse(responseCode = "200", description = "The policy now")
  @APIResponse(responseCode = "400", description = "VALIDATION_FAILED")
  @APIResponse(responseCode = "404", description = "NOT_FOUND")
  @APIResponse(responseCode = "503", description = "AUDIT_UNAVAILABLE: nothing changed")
  public AnnouncementPolicyRepresentation change(
      @PathParam("patientId") long patientId, AnnouncementPolicyRequest request) {
    AnnouncementPolicyRequest body = RequestBodies.require(request);
    List<FieldViolation> violations = new ArrayList<>();
    Verbosity verbosity = null;
    if (body.coolDownSeconds == null
        || body.coolDownSeconds < 0
        || body.coolDownSeconds > AnnouncementPolicy.MAX_COOL_DOWN.toSeconds()) {
      violations.add(new FieldViolation("coolDownSeconds", "must be 0 to 86400"));
    }
    try {
      verbosity = body.verbosity == null ? null : Verbosity.valueOf(body.verbosity);
    } catch (IllegalArgumentException e) {
      verbosity = null;
    }
    if (verbosity == null) {
      violations.add(
          new FieldViolation(
              "verbosity", "must be NAME, NAME_AND_RELATIONSHIP or NAME_RELATIONSHIP_AND_CUE"));
    }
    if (body.speakUncertain == null) {
      violations.add(new FieldViolation("speakUncertain", "must be true or false"));
    }
    if (body.strangerTone == null) {
      violations.add(new FieldViolation("strangerTone", "must be true or false"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(violations);
    }
    AnnouncementPolicy policy =
        new AnnouncementPolicy(
            Duration.ofSeconds(body.coolDownSeconds),
            verbosity,
            body.speakUncertain,
            body.strangerTone);
    return AnnouncementPolicyRepresentation.of(policies.change(caller.clinic(), patientId, policy));
  }
}
