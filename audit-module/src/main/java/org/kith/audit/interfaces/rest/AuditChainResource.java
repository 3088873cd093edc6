package org.kith.audit.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kith.api.audit.AuditAction;
import org.kith.api.audit.AuditOutcome;
import org.kith.api.rest.Paging;
import org.kith.api.security.Caller;
import org.kith.api.security.Roles;
import org.kith.api.tenancy.ClinicId;
import org.kith.audit.application.ChainReport;
import org.kith.audit.application.ChainVerifier;
import org.kith.audit.application.Checkpoints;
import org.kith.audit.domain.Checkpoint;

/** Tamper evidence of the caller's clinic's chain: verification and published checkpoints. */
@Path("/v1")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit chain")
public class AuditChainResource {
  @Inject ChainVerifier verifier;
  @Inject Checkpoints checkpoints;
  @Inject Caller caller;
  @Inject ReviewAccessRecorder access;

  @GET
  @Path("verify")
  @RolesAllowed({Roles.ETHICS_REVIEWER, Roles.CLINIC_ADMIN})
  @Operation(
      summary = "Walk the clinic's chain and report the first broken link; the walk is audited",
      description =
          "A changed record shows as HASH_MISMATCH at that record, a deleted one as"
              + " SEQUENCE_GAP at the record after it, a replaced one as"
              + " PREVIOUS_HASH_MISMATCH, a chain cut short before a record it was verified to"
              + " hold as TRUNCATED. The latest checkpoint must still be in the chain. By default"
              + " the walk resumes at the record the last intact walk ended at (that record must"
              + " be unchanged); full=true walks from the first record and also finds changes to"
              + " records verified before.")
  public ChainReport verify(@QueryParam("full") @DefaultValue("false") boolean full) {
    ClinicId clinic = caller.clinic();
    ChainReport report = verifier.verify(clinic, full);
    String walk =
        (report.full() ? "full" : "incremental") + " from sequence " + report.fromSequence();
    String found =
        report.intact()
            ? "intact through sequence " + report.head().sequence()
            : report.firstBrokenLink() == null
                ? "latest checkpoint not confirmed"
                : "broken at sequence "
                    + report.firstBrokenLink().expectedSequence()
                    + ": "
                    + report.firstBrokenLink().problem();
    access.record(
        clinic,
        AuditAction.AUDIT_VERIFIED,
        report.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
        walk + ", " + report.checked() + " records: " + found);
    return report;
  }

  @GET
  @Path("checkpoints")
  @RolesAllowed({Roles.ETHICS_REVIEWER, Roles.CLINIC_ADMIN})
  @Operation(summary = "The clinic's published chain heads, newest first, for external anchoring")
  public List<Checkpoint> list(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    Paging page = new Paging(offset, limit);
    ClinicId clinic = caller.clinic();
    List<Checkpoint> listed = checkpoints.list(clinic, page.offset(), page.limit());
    access.record(
        clinic,
        AuditAction.AUDIT_READ,
        AuditOutcome.SUCCESS,
        "checkpoints offset=" + page.offset() + " limit=" + page.limit());
    return listed;
  }

  @POST
  @Path("checkpoints")
  @RolesAllowed({Roles.ETHICS_REVIEWER, Roles.CLINIC_ADMIN})
  @Operation(
      summary = "Publish the clinic's current chain head now rather than at the next interval")
  @APIResponse(responseCode = "200", description = "The checkpoint of the current head")
  @APIResponse(responseCode = "204", description = "The clinic has no events yet")
  public Response take() {
    return checkpoints
        .take(caller.clinic())
        .map(c -> Response.ok(c).build())
        .orElseGet(() -> Response.noContent().build());
  }
}
