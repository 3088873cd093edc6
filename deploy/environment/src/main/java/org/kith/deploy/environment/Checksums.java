package org.kith.deploy.environment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of files, so a download that was altered or cut short is refused before it runs. */
public final class Checksums {
  private Checksums() {}

  public static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  public static void verify(Path file, String expectedSha256) throws IOException {
    String actual = sha256(file);
    if (!actual.equalsIgnoreCase(expectedSha256)) {
      throw new IOException(
          "Checksum mismatch for "
              + file
              + ": expected sha256 "
              + expectedSha256
              + " but found "
              + actual
              + ". The file is not the pinned release; delete it and build again.");
    }
  }
}
