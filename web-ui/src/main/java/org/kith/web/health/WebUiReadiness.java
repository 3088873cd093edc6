package org.kith.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.kith.web.security.OidcSettings;

/** Ready when the login settings are complete; names the realm browsers are sent to. */
@Readiness
@ApplicationScoped
public class WebUiReadiness implements HealthCheck {
  @Inject OidcSettings oidc;

  @Override
  public HealthCheckResponse call() {
    boolean configured = !oidc.getIssuer().isBlank() && !oidc.getClientSecret().isBlank();
    return HealthCheckResponse.named("web-ui")
        .status(configured)
        .withData("issuer", oidc.getIssuer())
        .build();
  }
}
