package org.kith.api.security;

/** Realm roles of Kith's Keycloak realm, as they appear in the token's {@code groups} claim. */
public final class Roles {
  public static final String CLINICIAN = "clinician";
  public static final String CLINIC_ADMIN = "clinic-admin";
  public static final String ETHICS_REVIEWER = "ethics-reviewer";
  public static final String DEVICE = "device";
  public static final String PLATFORM_ADMIN = "platform-admin";

  /** Kith's own modules calling each other; never given to a person. */
  public static final String PLATFORM_SERVICE = "platform-service";

  private Roles() {}
}
