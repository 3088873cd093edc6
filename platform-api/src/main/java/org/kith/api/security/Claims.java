package org.kith.api.security;

/** Token claims Kith relies on beyond the MicroProfile JWT standard ones. */
public final class Claims {
  /** The clinic (tenant) a caller belongs to; absent for platform operators and services. */
  public static final String CLINIC = "clinic";

  /** On a device's token: the patient the device belongs to (the gallery's patient id). */
  public static final String PATIENT = "patient";

  /** The audience every Kith token carries, so tokens minted for other applications are refused. */
  public static final String AUDIENCE = "kith";

  private Claims() {}
}
