package org.kith.audit.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kith.api.audit.AuditAction;
import org.kith.api.audit.AuditOutcome;
import org.kith.api.problem.InvalidRequestException;
import org.kith.api.security.Caller;
import org.kith.api.security.Roles;
import org.kith.api.tenancy.ClinicId;
import org.kith.audit.application.AuditReview;
import org.kith.audit.domain.AuditRecord;

/** Exports of a clinic's audit events, with the same filters as the event search. */
@Path("/v1/export")
@ApplicationScoped
@Tag(name = "audit export")
public class AuditExportResource {
  static final int MAX_EXPORT = 10_000;

  @Inject AuditReview review;
  @Inject Caller caller;
  @Inject ReviewAccessRecorder access;

  @GET
  @Path("csv")
  @Produces("text/csv")
  @RolesAllowed(Roles.ETHICS_REVIEWER)
  @Operation(
      summary = "Export the clinic's events as CSV: a header row, then one line per event; audited")
  @APIResponse(
      responseCode = "200",
      description = "A CSV attachment (Content-Disposition), one line per event",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "400", description = "A filter or the paging is not valid")
  public Response csv(
      @BeanParam ReviewFilter filter,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("1000") int limit) {
    List<AuditRecord> records = records("csv", filter, offset, limit);
    StreamingOutput body =
        output -> {
          Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
          CsvExport.header(out);
          for (AuditRecord r : records) {
            CsvExport.row(out, r);
          }
          out.flush();
        };
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"audit-events.csv\"")
        .build();
  }

  @GET
  @Path("fhir")
  @Produces(FhirAuditEvents.MEDIA_TYPE)
  @RolesAllowed(Roles.ETHICS_REVIEWER)
  @Operation(summary = "Export the clinic's events as a FHIR R4 Bundle of AuditEvent resources")
  @APIResponse(
      responseCode = "200",
      description = "A FHIR R4 Bundle of type collection",
      content =
          @Content(
              mediaType = FhirAuditEvents.MEDIA_TYPE,
              schema = @Schema(type = SchemaType.OBJECT)))
  @APIResponse(responseCode = "400", description = "A filter or the paging is not valid")
  public Response fhir(
      @BeanParam ReviewFilter filter,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("1000") int limit,
      @Context UriInfo uri) {
    String events = uri.getBaseUriBuilder().path("v1/events").build().toString();
    JsonObject bundle = FhirAuditEvents.bundle(records("fhir", filter, offset, limit), events);
    return Response.ok(bundle, FhirAuditEvents.MEDIA_TYPE).build();
  }

  /** Reads what is exported and records the export before a byte of it leaves. */
  private List<AuditRecord> records(String format, ReviewFilter filter, int offset, int limit) {
    if (offset < 0) {
      throw InvalidRequestException.of("offset", "must be 0 or more");
    }
    if (limit < 1 || limit > MAX_EXPORT) {
      throw InvalidRequestException.of("limit", "must be between 1 and " + MAX_EXPORT);
    }
    ClinicId clinic = caller.clinic();
    List<AuditRecord> records = review.search(clinic, filter.toQuery(), offset, limit);
    access.record(
        clinic,
        AuditAction.AUDIT_EXPORTED,
        AuditOutcome.SUCCESS,
        format
            + " export "
            + filter.describe()
            + " offset="
            + offset
            + " limit="
            + limit
            + ": "
            + records.size()
            + " events");
    return records;
  }
}
