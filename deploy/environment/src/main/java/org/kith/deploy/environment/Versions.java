package org.kith.deploy.environment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The pinned versions and checksums the build wrote into this jar. */
public final class Versions {
  private static final Properties VALUES = load();

  private Versions() {}

  public static String keycloak() {
    return VALUES.getProperty("keycloak.version");
  }

  public static String keycloakSha256() {
    return VALUES.getProperty("keycloak.sha256");
  }

  public static String payara() {
    return VALUES.getProperty("payara.version");
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("versions.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
