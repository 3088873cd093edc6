package org.kith.deploy.environment;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The installation's generated secrets (database passwords, client secrets, demo passwords), kept
 * in one owner-only file so that a second start reuses them and nothing secret is ever in the
 * build.
 */
public final class Secrets {
  public static final String GALLERY_DB_PASSWORD = "gallery.db.password";
  public static final String AUDIT_DB_PASSWORD = "audit.db.password";
  public static final String AUDIT_OWNER_DB_PASSWORD = "audit.owner.db.password";
  public static final String WEB_CLIENT_SECRET = "web.client.secret";
  public static final String PLATFORM_CLIENT_SECRET = "platform.client.secret";
  public static final String DEMO_DEVICE_SECRET = "demo.device.secret";
  public static final String DEMO_PASSWORD = "demo.password";
  public static final String KEYCLOAK_ADMIN_PASSWORD = "keycloak.admin.password";

  private static final SecureRandom RANDOM = new SecureRandom();
  private final Properties values;

  private Secrets(Properties values) {
    this.values = values;
  }

  private static final String[] KEYS = {
    GALLERY_DB_PASSWORD, AUDIT_DB_PASSWORD, AUDIT_OWNER_DB_PASSWORD, WEB_CLIENT_SECRET,
    PLATFORM_CLIENT_SECRET, DEMO_DEVICE_SECRET, DEMO_PASSWORD, KEYCLOAK_ADMIN_PASSWORD
  };

  /**
   * Reads the file, generating any secret it lacks, and writes it back readable by the owner only.
   */
  public static Secrets loadOrCreate(Path file) throws IOException {
    Properties values = new Properties();
    if (Files.exists(file)) {
      try (Reader in = Files.newBufferedReader(file)) {
        values.load(in);
      }
    }
    if (fillMissing(values)) {
      Files.createDirectories(file.getParent());
      if (!Files.exists(file)) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
      try (Writer out = Files.newBufferedWriter(file)) {
        values.store(
            out, "Kith secrets of this installation. Keep private; back up with the data.");
      }
    }
    return new Secrets(values);
  }

  /** Fresh secrets held in memory only, for a throw-away test environment. */
  public static Secrets ephemeral() {
    Properties values = new Properties();
    fillMissing(values);
    return new Secrets(values);
  }

  /** Generates the secrets {@code values} lacks; returns whether it added any. */
  private static boolean fillMissing(Properties values) {
    boolean changed = false;
    for (String key : KEYS) {
      if (!values.containsKey(key)) {
        values.setProperty(key, generate());
        changed = true;
      }
    }
    return changed;
  }

  public String get(String key) {
    String value = values.getProperty(key);
    if (value == null) {
      throw new IllegalArgumentException("No secret " + key);
    }
    return value;
  }

  /** 24 random bytes, URL-safe: valid in JDBC URLs, shell assignments and JSON without escaping. */
  public static String generate() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
