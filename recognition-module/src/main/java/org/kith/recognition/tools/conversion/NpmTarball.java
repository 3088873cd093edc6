package org.kith.recognition.tools.conversion;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;

/**
 * One pinned npm package tarball: downloaded once into a cache outside {@code target/}, checked
 * against the registry's sha512 integrity every time it is used, and unpacked selectively.
 */
public final class NpmTarball {
  private static final Logger LOG = Logger.getLogger(NpmTarball.class.getName());

  private final String name;
  private final String version;
  private final String integrity;

  public NpmTarball(String name, String version, String integrity) {
    if (!integrity.startsWith("sha512-")) {
      throw new IllegalArgumentException("pin a sha512 integrity for " + name);
    }
    this.name = name;
    this.version = version;
    this.integrity = integrity;
  }

  /**
   * The cached tarball, fetched first when absent with npm itself (so the machine's configured
   * registry is used); verified against the pinned integrity either way.
   */
  public Path fetch(Path cacheDir) throws IOException, InterruptedException {
    String bare = name.substring(name.indexOf('/') + 1);
    Path cached =
        cacheDir.resolve(name.replace("@", "").replace('/', '-') + "-" + version + ".tgz");
    if (!Files.exists(cached)) {
      LOG.info("REC-020 fetching " + name + "@" + version + " with npm pack");
      Path staging = Files.createTempDirectory(Files.createDirectories(cacheDir), bare);
      Process npm =
          new ProcessBuilder(
                  "npm",
                  "pack",
                  name + "@" + version,
                  "--pack-destination",
                  staging.toString(),
                  "--silent",
                  "--no-fund",
                  "--no-audit")
              .redirectErrorStream(true)
              .start();
      String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (npm.waitFor() != 0) {
        throw new IOException("npm pack " + name + "@" + version + " failed: " + output);
      }
      Path packed = staging.resolve(cached.getFileName());
      if (!Files.exists(packed)) {
        throw new IOException(
            "npm pack wrote no " + cached.getFileName() + " (" + output.strip() + ")");
      }
      verify(packed);
      Files.move(
          packed, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      Files.deleteIfExists(staging);
    } else {
      verify(cached);
    }
    return cached;
  }

  /** Refuses a tarball whose sha512 differs from the pinned integrity, naming both. */
  void verify(Path tarball) throws IOException {
    String actual = "sha512-" + Base64.getEncoder().encodeToString(digest(tarball, "SHA-512"));
    if (!actual.equals(integrity)) {
      throw new IOException(
          name
              + "@"
              + version
              + " at "
              + tarball
              + " has integrity "
              + actual
              + ", expected "
              + integrity
              + "; delete the file to download it again");
    }
  }

  /** Extracts the named entries (paths inside the package, without "package/") into a folder. */
  public static Map<String, Path> extract(Path tarball, Set<String> entries, Path target)
      throws IOException {
    Map<String, Path> extracted = new HashMap<>();
    try (InputStream in =
        new BufferedInputStream(new GZIPInputStream(Files.newInputStream(tarball), 1 << 16))) {
      byte[] header = new byte[512];
      while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
        String entry = field(header, 0, 100);
        String prefix = field(header, 345, 155);
        if (!prefix.isEmpty()) {
          entry = prefix + "/" + entry;
        }
        long size =
            Long.parseLong(
                field(header, 124, 12).trim().isEmpty() ? "0" : field(header, 124, 12).trim(), 8);
        long padded = (size + 511) / 512 * 512;
        String inPackage = entry.substring(entry.indexOf('/') + 1);
        if (header[156] != 'L' && entries.contains(inPackage)) {
          Path file = target.resolve(inPackage).normalize();
          if (!file.startsWith(target)) {
            throw new IOException("entry outside target: " + entry);
          }
          Files.createDirectories(file.getParent());
          Files.write(file, in.readNBytes((int) size));
          in.skipNBytes(padded - size);
          extracted.put(inPackage, file);
        } else {
          in.skipNBytes(padded);
        }
      }
    }
    if (!extracted.keySet().containsAll(entries)) {
      throw new IOException(
          "missing in "
              + tarball
              + ": "
              + entries.stream().filter(e -> !extracted.containsKey(e)).toList());
    }
    return extracted;
  }

  private static String field(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
  }

  static byte[] digestBytes(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] digest(Path file, String algorithm) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance(algorithm);
      byte[] buffer = new byte[1 << 16];
      for (int read; (read = in.read(buffer)) > 0; ) {
        md.update(buffer, 0, read);
      }
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
