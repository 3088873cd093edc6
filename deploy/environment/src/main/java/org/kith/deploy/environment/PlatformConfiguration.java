package org.kith.deploy.environment;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The configuration Payara Micro is started with: where each module's schema is, which Keycloak
 * realm issues tokens, and the secrets. Written to an owner-only file that Payara reads with {@code
 * --systemproperties}; MicroProfile Config then serves it to the modules.
 */
public final class PlatformConfiguration {
  public static final String GALLERY_SCHEMA = "kith_gallery";
  public static final String AUDIT_SCHEMA = "kith_audit";
  public static final String GALLERY_USER = "kith_gallery";

  /** The audit module's runtime account: INSERT and SELECT only, so history cannot be rewritten. */
  public static final String AUDIT_USER = "kith_audit";

  /** Runs the audit schema's migrations at start-up; never used for requests. */
  public static final String AUDIT_OWNER_USER = "kith_audit_owner";

  /** What the audit runtime account may do: append and read, nothing else. */
  public static final List<String> AUDIT_RUNTIME_PRIVILEGES = List.of("INSERT", "SELECT");

  private final Map<String, String> properties = new LinkedHashMap<>();

  /**
   * The accounts the embedded database is provisioned with: one owner per module's schema, and for
   * the audit schema also its insert-and-read-only runtime account. Owners come first, so a lookup
   * by schema finds the owner.
   */
  public static List<DatabaseAccount> embeddedAccounts(Secrets secrets) {
    return List.of(
        DatabaseAccount.owner(
            GALLERY_USER, secrets.get(Secrets.GALLERY_DB_PASSWORD), GALLERY_SCHEMA),
        DatabaseAccount.owner(
            AUDIT_OWNER_USER, secrets.get(Secrets.AUDIT_OWNER_DB_PASSWORD), AUDIT_SCHEMA),
        DatabaseAccount.limited(
            AUDIT_USER,
            secrets.get(Secrets.AUDIT_DB_PASSWORD),
            AUDIT_SCHEMA,
            AUDIT_RUNTIME_PRIVILEGES));
  }

  /** Database settings for the embedded server: each module with its own account. */
  public PlatformConfiguration embeddedDatabase(String serverUrl, Secrets secrets) {
    database(
        "gallery",
        JdbcUrls.forSchema(serverUrl, GALLERY_SCHEMA),
        GALLERY_USER,
        secrets.get(Secrets.GALLERY_DB_PASSWORD));
    database(
        "audit",
        JdbcUrls.forSchema(serverUrl, AUDIT_SCHEMA),
        AUDIT_USER,
        secrets.get(Secrets.AUDIT_DB_PASSWORD));
    auditOwner(AUDIT_OWNER_USER, secrets.get(Secrets.AUDIT_OWNER_DB_PASSWORD));
    return this;
  }

  /**
   * Database settings for a clinic's own MySQL: one account, the two schemas created by its DBA.
   * The audit module then migrates and appends with that one account; a DBA who wants the
   * insert-only guarantee gives the audit module its own runtime account instead.
   */
  public PlatformConfiguration externalDatabase(String serverUrl, String user, String password) {
    database("gallery", JdbcUrls.forSchema(serverUrl, GALLERY_SCHEMA), user, password);
    database("audit", JdbcUrls.forSchema(serverUrl, AUDIT_SCHEMA), user, password);
    auditOwner(user, password);
    return this;
  }

  private void auditOwner(String user, String password) {
    properties.put("kith.audit.db.owner.user", user);
    properties.put("kith.audit.db.owner.password", password);
  }

  private void database(String module, String url, String user, String password) {
    properties.put("kith." + module + ".db.url", url);
    properties.put("kith." + module + ".db.user", user);
    properties.put("kith." + module + ".db.password", password);
  }

  /** Token validation for every module, and the web UI's and platform's own OIDC clients. */
  public PlatformConfiguration identity(String issuer, String jwksUrl, Secrets secrets) {
    properties.put("kith.oidc.issuer", issuer);
    properties.put("mp.jwt.verify.issuer", issuer);
    properties.put("mp.jwt.verify.publickey.location", jwksUrl);
    // Payara's token validation asks JSON-P for its provider several times per request; unnamed,
    // each ask searches every jar of the class path (a third of an audit append's CPU time).
    properties.put("jakarta.json.provider", "org.eclipse.parsson.JsonProviderImpl");
    properties.put("kith.web.oidc.client-secret", secrets.get(Secrets.WEB_CLIENT_SECRET));
    properties.put("kith.platform.client-secret", secrets.get(Secrets.PLATFORM_CLIENT_SECRET));
    return this;
  }

  /** The key the gallery encrypts consent evidence and thumbnails with. */
  public PlatformConfiguration dataEncryption(DataEncryptionKey key) {
    properties.put("kith.gallery.encryption.key-id", key.keyId());
    properties.put("kith.gallery.encryption.key", key.base64Key());
    return this;
  }

  /** Where the platform itself is reached, for OIDC redirects and module-to-module calls. */
  public PlatformConfiguration baseUrl(String url) {
    properties.put("kith.url", url);
    return this;
  }

  public PlatformConfiguration set(String key, String value) {
    properties.put(key, value);
    return this;
  }

  public Map<String, String> properties() {
    return Map.copyOf(properties);
  }

  /** Writes the properties readable by the owner only: they hold passwords and client secrets. */
  public void writeTo(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.deleteIfExists(file);
    Files.createFile(
        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Properties values = new Properties();
    values.putAll(properties);
    try (Writer out = Files.newBufferedWriter(file)) {
      values.store(out, "Kith platform configuration, written by the kith command. Holds secrets.");
    }
  }

  /** The environment that fills the realm file's placeholders. */
  public static Map<String, String> realmEnvironment(Secrets secrets, String kithUrl) {
    return Map.of(
        "KITH_URL", kithUrl,
        "KITH_WEB_CLIENT_SECRET", secrets.get(Secrets.WEB_CLIENT_SECRET),
        "KITH_PLATFORM_CLIENT_SECRET", secrets.get(Secrets.PLATFORM_CLIENT_SECRET),
        "KITH_DEMO_DEVICE_SECRET", secrets.get(Secrets.DEMO_DEVICE_SECRET),
        "KITH_DEMO_PASSWORD", secrets.get(Secrets.DEMO_PASSWORD),
        "KC_BOOTSTRAP_ADMIN_USERNAME", "kith-admin",
        "KC_BOOTSTRAP_ADMIN_PASSWORD", secrets.get(Secrets.KEYCLOAK_ADMIN_PASSWORD));
  }
}
