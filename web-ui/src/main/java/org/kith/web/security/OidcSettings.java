package org.kith.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The OpenID Connect settings, read from MicroProfile Config so that the issuer and the client
 * secret are supplied by the installation, never built into the WAR. The login mechanism reads them
 * through EL.
 */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {
  @Inject
  @ConfigProperty(name = "kith.oidc.issuer")
  String issuer;

  @Inject
  @ConfigProperty(name = "kith.web.oidc.client-id", defaultValue = "kith-web")
  String clientId;

  @Inject
  @ConfigProperty(name = "kith.web.oidc.client-secret")
  String clientSecret;

  @Inject
  @ConfigProperty(name = "kith.url")
  String baseUrl;

  /**
   * Resolves the settings while the application deploys: Payara runs health checks on threads
   * without the application's class loader, where this WAR's own configuration is not visible.
   */
  void resolveAtDeployment(@Observes @Initialized(ApplicationScoped.class) Object started) {
    getIssuer();
  }

  public String getIssuer() {
    return issuer;
  }

  public String getClientId() {
    return clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }

  /** Fixed rather than derived from the request, so it always matches the realm's registration. */
  public String getRedirectUri() {
    return baseUrl + "/ui/callback";
  }
}
