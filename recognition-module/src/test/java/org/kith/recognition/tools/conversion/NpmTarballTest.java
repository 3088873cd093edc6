package org.kith.recognition.tools.conversion;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pinned-integrity check and the selective extraction, on a tarball made here. */
class NpmTarballTest {
  @TempDir Path dir;

  private Path tarball() throws IOException {
    Path file = dir.resolve("pkg.tgz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      entry(out, "package/models/a.json", "{\"a\":1}");
      entry(out, "package/models/b.bin", "bbbb");
      out.write(new byte[1024]);
    }
    return file;
  }

  private static void entry(OutputStream out, String name, String content) throws IOException {
    byte[] header = new byte[512];
    byte[] bytes = content.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(name.getBytes(StandardCharsets.US_ASCII), 0, header, 0, name.length());
    byte[] size = String.format("%011o", bytes.length).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(size, 0, header, 124, size.length);
    header[156] = '0';
    out.write(header);
    out.write(bytes);
    out.write(new byte[(512 - bytes.length % 512) % 512]);
  }

  private static String integrity(Path file) throws IOException {
    return "sha512-" + Base64.getEncoder().encodeToString(NpmTarball.digest(file, "SHA-512"));
  }

  @Test
  void acceptsATarballWithThePinnedIntegrity() throws Exception {
    Path file = tarball();
    assertDoesNotThrow(() -> new NpmTarball("@x/pkg", "1.0.0", integrity(file)).verify(file));
  }

  @Test
  void refusesATarballWhoseIntegrityDiffers() throws Exception {
    Path file = tarball();
    String other = "sha512-" + Base64.getEncoder().encodeToString(new byte[64]);
    IOException refusal =
        assertThrows(
            IOException.class, () -> new NpmTarball("@x/pkg", "1.0.0", other).verify(file));
    assertTrue(refusal.getMessage().contains("expected " + other), refusal::getMessage);
  }

  @Test
  void extractsOnlyTheNamedEntries() throws Exception {
    Map<String, Path> files =
        NpmTarball.extract(tarball(), Set.of("models/b.bin"), dir.resolve("out"));
    assertEquals(Set.of("models/b.bin"), files.keySet());
    assertEquals("bbbb", Files.readString(files.get("models/b.bin")));
    assertTrue(Files.notExists(dir.resolve("out/models/a.json")));
  }

  @Test
  void reportsEntriesTheTarballLacks() throws Exception {
    assertThrows(
        IOException.class,
        () -> NpmTarball.extract(tarball(), Set.of("models/missing.json"), dir.resolve("out")));
  }
}
