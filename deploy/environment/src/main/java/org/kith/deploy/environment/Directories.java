package org.kith.deploy.environment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders the launcher and the test environment own and must start without. */
public final class Directories {
  private Directories() {}

  /** Deletes a folder and everything in it; nothing happens where it does not exist. */
  public static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Leaves {@code path} as an empty folder, whatever was there before. */
  public static Path emptied(Path path) throws IOException {
    deleteRecursively(path);
    return Files.createDirectories(path);
  }
}
