package org.kith.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import org.kith.api.security.Roles;

/**
 * Every page requires a login at the realm (authorization code flow; the confidential client
 * authenticates with its secret). Roles come from the token's {@code groups} claim. After the login
 * the realm returns to {@link LoginCallback}, which opens the start page: Soteria's replay of the
 * original request breaks Faces (its saved parameter map is null). Access tokens live minutes, and
 * the pages pass them on to the gallery and audit, so they are refreshed before they lapse.
 */
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${oidcSettings.issuer}",
    clientId = "${oidcSettings.clientId}",
    clientSecret = "${oidcSettings.clientSecret}",
    redirectURI = "${oidcSettings.redirectUri}",
    scope = {"openid", "profile", "email"},
    tokenAutoRefresh = true,
    claimsDefinition =
        @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
@DeclareRoles({Roles.CLINICIAN, Roles.CLINIC_ADMIN, Roles.ETHICS_REVIEWER, Roles.PLATFORM_ADMIN})
@ApplicationScoped
public class OidcLogin {}
