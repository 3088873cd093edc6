package org.kith.deploy.environment;

/** Builds the per-module Connector/J URL from a server URL such as {@code jdbc:mysql://db:3306}. */
public final class JdbcUrls {
  /**
   * Connector/J options Kith relies on: UTC on the wire whatever the server's zone, and the
   * public-key retrieval MySQL 8's default authentication needs when TLS is off on loopback.
   */
  static final String OPTIONS =
      "connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&allowPublicKeyRetrieval=true";

  private JdbcUrls() {}

  public static String forSchema(String serverUrl, String schema) {
    String base = serverUrl;
    String query = "";
    int q = base.indexOf('?');
    if (q >= 0) {
      query = base.substring(q + 1);
      base = base.substring(0, q);
    }
    if (!base.startsWith("jdbc:mysql://")) {
      throw new IllegalArgumentException(
          "KITH_DB_URL must be a MySQL Connector/J URL: jdbc:mysql://host:port");
    }
    String hostPart = base.substring("jdbc:mysql://".length());
    int slash = hostPart.indexOf('/');
    if (slash >= 0) {
      hostPart = hostPart.substring(0, slash);
    }
    StringBuilder url =
        new StringBuilder("jdbc:mysql://").append(hostPart).append('/').append(schema).append('?');
    if (!query.isEmpty()) {
      url.append(query).append('&');
    }
    if (!query.contains("sslMode=") && isLoopback(hostPart)) {
      url.append("sslMode=DISABLED&");
    }
    return url.append(OPTIONS).toString();
  }

  private static boolean isLoopback(String hostPart) {
    return hostPart.startsWith("127.")
        || hostPart.startsWith("localhost")
        || hostPart.startsWith("[::1]");
  }
}
