package org.kith.audit.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.kith.api.audit.AuditAction;
import org.kith.api.audit.AuditActor;
import org.kith.api.audit.AuditEntry;
import org.kith.api.audit.AuditLog;
import org.kith.api.audit.AuditOutcome;
import org.kith.api.tenancy.ClinicId;

/**
 * Puts a reviewer's reading of the audit log into the clinic's own chain: who searched, exported or
 * verified what, so that ethics review is itself reviewable. Called after the read and before the
 * answer leaves: a read that cannot be recorded is not answered (the append fails with 503).
 */
@ApplicationScoped
public class ReviewAccessRecorder {
  private static final int MAX_REASON = 255;

  @Inject Instance<JsonWebToken> token;
  @Inject Instance<HttpServletRequest> http;
  @Inject AuditLog log;

  public void record(ClinicId clinic, AuditAction action, AuditOutcome outcome, String what) {
    JsonWebToken jwt = token.get();
    HttpServletRequest request = http.get();
    String roles =
        jwt.getGroups() == null || jwt.getGroups().isEmpty()
            ? "none"
            : String.join(" ", new TreeSet<>(jwt.getGroups()));
    String requestId = request.getHeader("X-Request-Id");
    log.append(
        new AuditEntry(
            clinic.value(),
            null,
            action,
            outcome,
            new AuditActor(jwt.getSubject(), cut(roles, 64), request.getRemoteAddr()),
            requestId == null ? null : cut(requestId, 64),
            null,
            null,
            null,
            null,
            null,
            cut(what.replaceAll("\\p{Cntrl}", " "), MAX_REASON)));
  }

  private static String cut(String value, int max) {
    return value.length() > max ? value.substring(0, max) : value;
  }
}
