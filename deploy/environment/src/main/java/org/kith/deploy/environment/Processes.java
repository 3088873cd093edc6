package org.kith.deploy.environment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Small process helpers shared by the launcher and the test environment. */
public final class Processes {
  private Processes() {}

  /**
   * Starts a server process whose output is appended to {@code logFile} and which reads nothing, so
   * it neither blocks on a full pipe nor waits for a terminal.
   */
  public static Process startLogged(ProcessBuilder builder, Path logFile) throws IOException {
    Files.createDirectories(logFile.getParent());
    return builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .start();
  }

  static void runToCompletion(List<String> command, Path directory)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + output);
    }
  }

  /** Asks a process and its descendants to stop, then forces them after the grace period. */
  public static void stop(ProcessHandle process, Duration grace) {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroy();
    descendants.forEach(ProcessHandle::destroy);
    try {
      process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception stillRunning) {
      process.destroyForcibly();
    }
    descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  public static Optional<ProcessHandle> find(long pid) {
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
  }
}
