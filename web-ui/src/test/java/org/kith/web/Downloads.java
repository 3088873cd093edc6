package org.kith.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/** Files the browser downloaded into its download directory. */
final class Downloads {
  private Downloads() {}

  /**
   * Waits for a finished download whose name ends with {@code suffix} (Chromium writes into a
   * {@code .crdownload} file first and renames it when done).
   */
  static Path awaitFile(Path dir, String suffix) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      Optional<Path> done = find(dir, suffix);
      if (done.isPresent()) {
        return done.get();
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("No *" + suffix + " downloaded into " + dir + " within 60 s");
  }

  private static Optional<Path> find(Path dir, String suffix) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(suffix))
          .filter(f -> f.toFile().length() > 0)
          .findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
