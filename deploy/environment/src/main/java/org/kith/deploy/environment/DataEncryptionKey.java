package org.kith.deploy.environment;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Properties;

/**
 * The key the gallery encrypts consent evidence and thumbnails with (AES-256, base64 of 32 random
 * bytes) and its id, which is stored beside every value it seals. Generated once into an owner-only
 * file and reused: losing the file makes every encrypted value unreadable, so it must be backed up,
 * and kept apart from the database backups it protects.
 */
public record DataEncryptionKey(String keyId, String base64Key) {
  public static final String FILE_NAME = "gallery-encryption.properties";
  private static final String KEY = "kith.gallery.encryption.key";
  private static final String KEY_ID = "kith.gallery.encryption.key-id";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Reads the key from {@code file}, generating and writing it (owner-only) on first use. */
  public static DataEncryptionKey loadOrCreate(Path file) throws IOException {
    if (Files.exists(file)) {
      Properties values = new Properties();
      try (Reader in = Files.newBufferedReader(file)) {
        values.load(in);
      }
      String key = values.getProperty(KEY);
      String keyId = values.getProperty(KEY_ID);
      if (key == null || keyId == null) {
        // Never overwrite: a damaged key file must be restored from backup, not replaced.
        throw new IOException(
            file + " lacks " + KEY + " or " + KEY_ID + "; restore it from backup");
      }
      return new DataEncryptionKey(keyId, key);
    }
    DataEncryptionKey created = generate();
    if (!Files.isDirectory(file.getParent())) {
      Files.createDirectories(
          file.getParent(),
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
    Files.createFile(
        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Properties values = new Properties();
    values.setProperty(KEY_ID, created.keyId);
    values.setProperty(KEY, created.base64Key);
    try (Writer out = Files.newBufferedWriter(file)) {
      values.store(
          out,
          "Kith gallery data encryption key. Without it consent evidence and thumbnails cannot be"
              + " read: back it up, apart from the database backups.");
    }
    return created;
  }

  /** A fresh key held in memory only, for a throw-away test environment. */
  public static DataEncryptionKey generate() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    byte[] suffix = new byte[3];
    RANDOM.nextBytes(suffix);
    String keyId =
        "k"
            + LocalDate.now(ZoneOffset.UTC).toString().replace("-", "")
            + "-"
            + Base64.getUrlEncoder().withoutPadding().encodeToString(suffix);
    return new DataEncryptionKey(keyId, Base64.getEncoder().encodeToString(key));
  }

  @Override
  public String toString() {
    return "DataEncryptionKey[" + keyId + "]";
  }
}
