package org.kith.audit.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kith.api.rest.Paging;
import org.kith.api.security.Caller;
import org.kith.api.security.Roles;
import org.kith.audit.application.AuditReview;

/** A clinic's audit events, for its ethics reviewers. */
@Path("/v1/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit events")
public class AuditEventsResource {
  @Inject AuditReview review;
  @Inject Caller caller;

  @GET
  @RolesAllowed(Roles.ETHICS_REVIEWER)
  @Operation(summary = "List the clinic's audit events, newest first")
  public List<AuditEventRepresentation> list(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    Paging page = new Paging(offset, limit);
    return review.list(caller.clinic(), page.offset(), page.limit()).stream()
        .map(AuditEventRepresentation::of)
        .toList();
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Roles.ETHICS_REVIEWER)
  @Operation(summary = "Read one audit event")
  @APIResponse(responseCode = "404", description = "No such event in the caller's clinic")
  public AuditEventRepresentation get(@PathParam("id") long id) {
    return AuditEventRepresentation.of(review.get(caller.clinic(), id));
  }
}
