package org.kith.api.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.kith.api.problem.CommonErrors;
import org.kith.api.problem.KithException;
import org.kith.api.tenancy.ClinicId;

/**
 * Who is calling: the clinic and subject of the validated bearer token, and nothing a request could
 * name itself. Every clinic-scoped query starts from {@link #clinic()}.
 */
@RequestScoped
public class Caller {
  // Looked up lazily: the web UI shares this archive but authenticates browsers, not bearer tokens.
  @Inject Instance<JsonWebToken> token;

  /** The caller's clinic; a token without one is refused for clinic-scoped resources. */
  public ClinicId clinic() {
    return ClinicId.fromClaim(token.get().getClaim(Claims.CLINIC))
        .orElseThrow(
            () -> new KithException(CommonErrors.NO_CLINIC, "The token carries no clinic claim"));
  }

  /** The token's subject: a stable opaque id, safe to store in audit records. */
  public String subject() {
    return token.get().getSubject();
  }
}
