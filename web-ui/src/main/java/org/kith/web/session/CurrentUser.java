package org.kith.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.List;
import java.util.Optional;
import org.kith.api.security.Claims;
import org.kith.api.security.Roles;

/** The logged-in person as the pages show them: name, clinic and roles from the validated token. */
@Named
@RequestScoped
public class CurrentUser {
  @Inject OpenIdContext openId;
  @Inject SecurityContext security;

  public String getDisplayName() {
    return openId.getClaims().getName().orElse(getUsername());
  }

  public String getUsername() {
    return security.getCallerPrincipal().getName();
  }

  public String getClinic() {
    Optional<String> clinic = openId.getAccessToken().getJwtClaims().getStringClaim(Claims.CLINIC);
    return clinic.orElse("none");
  }

  public boolean hasRole(String role) {
    return security.isCallerInRole(role);
  }

  /** Whether the user works with patients (clinician or clinic administrator). */
  public boolean isClinical() {
    return hasRole(Roles.CLINICIAN) || hasRole(Roles.CLINIC_ADMIN);
  }

  /** Whether the user may change the clinic's settings. */
  public boolean isClinicAdmin() {
    return hasRole(Roles.CLINIC_ADMIN);
  }

  public boolean isReviewer() {
    return hasRole(Roles.ETHICS_REVIEWER);
  }

  public List<String> getRoles() {
    return List.of(Roles.CLINICIAN, Roles.CLINIC_ADMIN, Roles.ETHICS_REVIEWER, Roles.PLATFORM_ADMIN)
        .stream()
        .filter(security::isCallerInRole)
        .toList();
  }
}
