package org.kith.gallery.infrastructure.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.kith.api.security.Roles;
import org.kith.gallery.application.Actor;
import org.kith.gallery.application.Actors;

/**
 * The current caller from the validated bearer token: its subject and the most specific Kith role
 * it holds (so an administrator acting as clinician is recorded as clinic-admin).
 */
@RequestScoped
public class TokenActors implements Actors {
  private static final List<String> ROLE_ORDER =
      List.of(
          Roles.CLINIC_ADMIN,
          Roles.CLINICIAN,
          Roles.DEVICE,
          Roles.ETHICS_REVIEWER,
          Roles.PLATFORM_ADMIN,
          Roles.PLATFORM_SERVICE);

  @Inject JsonWebToken token;
  @Inject HttpServletRequest http;

  @Override
  public Actor current() {
    Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
    String role = ROLE_ORDER.stream().filter(groups::contains).findFirst().orElse("none");
    return new Actor(token.getSubject(), role, http.getRemoteAddr());
  }
}
