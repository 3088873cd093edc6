package org.kith.deploy.environment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Picks the Java runtime for Keycloak: Keycloak 26 is built and supported on Java 21+, so a newer
 * installed JDK is preferred when there is one; Kith itself runs on the build's Java 17.
 */
final class JavaRuntimes {
  private JavaRuntimes() {}

  static Path forKeycloak() {
    String configured = System.getenv("KITH_KEYCLOAK_JAVA_HOME");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return newestJdkAtLeast(21).orElse(Path.of(System.getProperty("java.home")));
  }

  private static Optional<Path> newestJdkAtLeast(int feature) {
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    try (Stream<Path> candidates = Files.list(jvms)) {
      return candidates
          .filter(p -> Files.isExecutable(p.resolve("bin/java")) && !Files.isSymbolicLink(p))
          .filter(p -> featureOf(p) >= feature)
          .max(Comparator.comparingInt(JavaRuntimes::featureOf));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Reads the feature release from the JDK's {@code release} file, e.g. JAVA_VERSION="25.0.3". */
  private static int featureOf(Path jdk) {
    try {
      for (String line : Files.readAllLines(jdk.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
          return Integer.parseInt(version.split("[.\\-+]")[0]);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }
}
