package org.kith.audit.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kith.api.audit.AuditEntry;
import org.kith.api.audit.AuditLog;
import org.kith.api.audit.AuditReceipt;
import org.kith.api.rest.Paging;
import org.kith.api.rest.RequestBodies;
import org.kith.api.security.Caller;
import org.kith.api.security.Roles;
import org.kith.audit.application.AuditReview;

/** A clinic's audit events: appended by Kith's modules, read by the clinic's ethics reviewers. */
@Path("/v1/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit events")
public class AuditEventsResource {
  @Inject AuditReview review;
  @Inject AuditLog log;
  @Inject Caller caller;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PLATFORM_SERVICE)
  @Operation(
      summary = "Append an event to its clinic's chain",
      description =
          "Answers only once the event is committed. Callers that must not act unaudited"
              + " (identify) treat any other answer than 201 as a reason to fail.")
  @APIResponse(responseCode = "201", description = "Committed; the receipt names the event")
  @APIResponse(responseCode = "400", description = "The entry is not valid")
  @APIResponse(responseCode = "422", description = "Feedback names an event that does not exist")
  @APIResponse(responseCode = "503", description = "Not recorded; the caller must fail closed")
  public Response append(AuditEntry entry, @Context UriInfo uri) {
    AuditReceipt receipt = log.append(RequestBodies.require(entry));
    return Response.created(
            uri.getAbsolutePathBuilder().path(Long.toString(receipt.eventId())).build())
        .entity(receipt)
        .build();
  }

  @GET
  @RolesAllowed(Roles.ETHICS_REVIEWER)
  @Operation(summary = "Search the clinic's audit events, newest first")
  @APIResponse(responseCode = "400", description = "A filter or the paging is not valid")
  public List<AuditEventRepresentation> list(
      @BeanParam ReviewFilter filter,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    Paging page = new Paging(offset, limit);
    return review.search(caller.clinic(), filter.toQuery(), page.offset(), page.limit()).stream()
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
