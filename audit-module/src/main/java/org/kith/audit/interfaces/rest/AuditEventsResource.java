package org.kith.audit.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
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
import org.kith.api.audit.AuditAction;
import org.kith.api.audit.AuditEntry;
import org.kith.api.audit.AuditLog;
import org.kith.api.audit.AuditOutcome;
import org.kith.api.audit.AuditReceipt;
import org.kith.api.rest.Paging;
import org.kith.api.rest.RequestBodies;
import org.kith.api.security.Caller;
import org.kith.api.security.Roles;
import org.kith.api.tenancy.ClinicId;
import org.kith.audit.application.AuditReview;
import org.kith.audit.application.DefaultAuditLog;

/**
 * A clinic's audit events: appended by Kith's modules, read by the clinic's ethics reviewers, whose
 * reads are recorded in the same chain. Application-scoped: nothing here is per request, and one
 * instance spares each append the look-up of its collaborators.
 */
@Path("/v1/events")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit events")
public class AuditEventsResource {
  @Inject AuditReview review;
  @Inject AuditLog log;
  @Inject DefaultAuditLog batches;
  @Inject Caller caller;
  @Inject ReviewAccessRecorder access;

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

  @POST
  @Path("batch")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PLATFORM_SERVICE)
  @Operation(
      summary = "Append several events at once: all are committed, in order, or none is",
      description =
          "For a module that has several events of one operation to record (an erasure that"
              + " removes a person, their consent and their templates). Answers only once every"
              + " event is committed; any other answer than 201 means none was.")
  @APIResponse(responseCode = "201", description = "All committed; the receipts, in entry order")
  @APIResponse(responseCode = "400", description = "An entry is not valid; it is named by index")
  @APIResponse(responseCode = "422", description = "Feedback names an event that does not exist")
  @APIResponse(responseCode = "503", description = "None recorded; the caller must fail closed")
  public Response appendAll(List<AuditEntry> entries) {
    List<AuditReceipt> receipts = batches.appendAll(RequestBodies.require(entries));
    return Response.status(Response.Status.CREATED).entity(receipts).build();
  }

  @GET
  @RolesAllowed(Roles.ETHICS_REVIEWER)
  @Operation(summary = "Search the clinic's audit events, newest first; the search is audited")
  @APIResponse(responseCode = "200", description = "The events, newest first")
  @APIResponse(responseCode = "400", description = "A filter or the paging is not valid")
  public List<AuditEventRepresentation> list(
      @BeanParam ReviewFilter filter,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    Paging page = new Paging(offset, limit);
    ClinicId clinic = caller.clinic();
    List<AuditEventRepresentation> found =
        review.search(clinic, filter.toQuery(), page.offset(), page.limit()).stream()
            .map(AuditEventRepresentation::of)
            .toList();
    access.record(
        clinic,
        AuditAction.AUDIT_READ,
        AuditOutcome.SUCCESS,
        "search "
            + filter.describe()
            + " offset="
            + page.offset()
            + " limit="
            + page.limit()
            + ": "
            + found.size()
            + " events");
    return found;
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Roles.ETHICS_REVIEWER)
  @Operation(summary = "Read one audit event; the read is audited")
  @APIResponse(responseCode = "200", description = "The event")
  @APIResponse(responseCode = "404", description = "No such event in the caller's clinic")
  public AuditEventRepresentation get(@PathParam("id") long id) {
    ClinicId clinic = caller.clinic();
    AuditEventRepresentation event = AuditEventRepresentation.of(review.get(clinic, id));
    access.record(clinic, AuditAction.AUDIT_READ, AuditOutcome.SUCCESS, "event " + id);
    return event;
  }
}
