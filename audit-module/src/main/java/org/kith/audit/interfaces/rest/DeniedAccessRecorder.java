package org.kith.audit.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.kith.api.audit.AuditAction;
import org.kith.api.audit.AuditActor;
import org.kith.api.audit.AuditEntry;
import org.kith.api.audit.AuditLog;
import org.kith.api.audit.AuditOutcome;
import org.kith.api.security.Claims;
import org.kith.api.tenancy.ClinicId;

/**
 * Records every refused request to the audit API of a caller who belongs to a clinic, in that
 * clinic's chain: who tried to read the audit log without the right to is itself audited.
 * Unauthenticated requests name no clinic and are only logged.
 */
@Provider
@ApplicationScoped
public class DeniedAccessRecorder implements ContainerResponseFilter {
  private static final Logger LOG = Logger.getLogger(DeniedAccessRecorder.class.getName());

  @Inject Instance<JsonWebToken> token;
  @Inject AuditLog log;
  @Context HttpServletRequest http;

  private static String truncate(String reason) {
    return reason.length() > 255 ? reason.substring(0, 255) : reason;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() != 403) {
      return;
    }
    try {
      JsonWebToken jwt = token.get();
      if (jwt == null || jwt.getSubject() == null) {
        return;
      }
      Optional<ClinicId> clinic = ClinicId.fromClaim(jwt.getClaim(Claims.CLINIC));
      if (clinic.isEmpty()) {
        return;
      }
      String roles =
          jwt.getGroups() == null || jwt.getGroups().isEmpty()
              ? "none"
              : String.join(" ", new TreeSet<>(jwt.getGroups()));
      log.append(
          new AuditEntry(
              clinic.get().value(),
              null,
              AuditAction.AUDIT_ACCESS_DENIED,
              AuditOutcome.DENIED,
              new AuditActor(
                  jwt.getSubject(),
                  roles.length() > 64 ? roles.substring(0, 64) : roles,
                  http == null ? null : http.getRemoteAddr()),
              request.getHeaderString("X-Request-Id"),
              null,
              null,
              null,
              null,
              null,
              truncate(request.getMethod() + " /audit/api/" + request.getUriInfo().getPath())));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "AUD-040 a refused audit API request could not be recorded", e);
    }
  }
}
