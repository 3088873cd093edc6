package org.kith.api.tenancy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of a clinic, Kith's tenant. It comes from the caller's token, never from a request
 * parameter, so a caller cannot name another clinic.
 */
public record ClinicId(String value) {
  private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  public ClinicId {
    Objects.requireNonNull(value, "clinic id");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "A clinic id is 1-63 lower-case letters, digits or dashes, starting with a letter or digit");
    }
  }

  /** Reads a clinic claim; a missing or malformed claim means the caller belongs to no clinic. */
  public static java.util.Optional<ClinicId> fromClaim(Object claim) {
    if (claim == null) {
      return java.util.Optional.empty();
    }
    String text = claim.toString();
    if (text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1);
    }
    return FORM.matcher(text).matches()
        ? java.util.Optional.of(new ClinicId(text))
        : java.util.Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
