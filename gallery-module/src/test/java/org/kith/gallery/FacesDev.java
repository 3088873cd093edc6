package org.kith.gallery;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The faces-dev data set beside the repository ({@code ../shared/data/faces-dev}): enrolment images
 * per identity and probes, each either an enrolled identity or a stranger ({@code identity} null).
 * Tests that need it are skipped, saying so, where it is absent.
 */
final class FacesDev {
  final Path root;
  final Map<String, List<Path>> gallery = new LinkedHashMap<>();
  final Map<String, List<Path>> probes = new LinkedHashMap<>();
  final List<Path> strangers = new ArrayList<>();

  private FacesDev(Path root) {
    this.root = root;
    try (InputStream in = Files.newInputStream(root.resolve("ident.json"))) {
      JsonObject ident = Json.createReader(in).readObject();
      for (JsonValue v : ident.getJsonArray("gallery")) {
        JsonObject e = v.asJsonObject();
        gallery
            .computeIfAbsent(e.getString("identity"), k -> new ArrayList<>())
            .add(root.resolve(e.getString("file")));
      }
      for (JsonValue v : ident.getJsonArray("probes")) {
        JsonObject e = v.asJsonObject();
        Path file = root.resolve(e.getString("file"));
        if (e.isNull("identity")) {
          strangers.add(file);
        } else {
          probes.computeIfAbsent(e.getString("identity"), k -> new ArrayList<>()).add(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The data set, or the test is skipped with a message saying where it was looked for. */
  static FacesDev require() {
    Path root = Path.of(System.getProperty("kith.faces-dev", "../../shared/data/faces-dev"));
    Assumptions.assumeTrue(
        Files.isRegularFile(root.resolve("ident.json")),
        "faces-dev is not at " + root.toAbsolutePath() + "; identify ITs on real faces skipped");
    return new FacesDev(root);
  }

  /** The n-th enrolled identity (in file order) that also has probes. */
  String identity(int n) {
    return gallery.keySet().stream().filter(probes::containsKey).skip(n).findFirst().orElseThrow();
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
