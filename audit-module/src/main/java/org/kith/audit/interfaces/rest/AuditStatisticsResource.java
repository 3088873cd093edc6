package org.kith.audit.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kith.api.audit.AuditAction;
import org.kith.api.audit.AuditOutcome;
import org.kith.api.problem.InvalidRequestException;
import org.kith.api.security.Caller;
import org.kith.api.security.Roles;
import org.kith.api.tenancy.ClinicId;
import org.kith.audit.application.AuditReview;
import org.kith.audit.domain.AuditStatistics;

/** Figures for the review UI's charts. */
@Path("/v1/statistics")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit statistics")
public class AuditStatisticsResource {
  @Inject AuditReview review;
  @Inject Caller caller;
  @Inject ReviewAccessRecorder access;

  @GET
  @RolesAllowed(Roles.ETHICS_REVIEWER)
  @Operation(
      summary =
          "Identifications per day, decision rates, score histograms per decision and"
              + " feedback-reported errors; the last 30 days unless from/to say otherwise")
  @APIResponse(responseCode = "200", description = "The statistics of the range")
  @APIResponse(responseCode = "400", description = "The range or the bin count is not valid")
  public AuditStatistics statistics(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("bins") @DefaultValue("10") int bins) {
    Instant end = ReviewFilter.instant("to", to);
    end = end == null ? Instant.now() : end;
    Instant start = ReviewFilter.instant("from", from);
    start = start == null ? end.minus(Duration.ofDays(30)) : start;
    if (!start.isBefore(end)) {
      throw InvalidRequestException.of("from", "must be before to");
    }
    if (bins < 1 || bins > 100) {
      throw InvalidRequestException.of("bins", "must be between 1 and 100");
    }
    ClinicId clinic = caller.clinic();
    AuditStatistics statistics = review.statistics(clinic, start, end, bins);
    access.record(
        clinic,
        AuditAction.AUDIT_READ,
        AuditOutcome.SUCCESS,
        "statistics from=" + start + "&to=" + end + " bins=" + bins);
    return statistics;
  }
}
