package org.kith.deploy.environment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

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

  /** How long a process forced to stop may take to be gone. */
  private static final Duration FORCED_EXIT = Duration.ofSeconds(15);

  /**
   * Asks a process and its descendants to stop, forces those still running after the grace period,
   * and returns only once all of them have exited, so a caller may start another server on their
   * ports and folders at once. Fails if one is still there even after being forced.
   */
  public static void stop(ProcessHandle process, Duration grace) {
    List<ProcessHandle> all = Stream.concat(Stream.of(process), process.descendants()).toList();
    all.forEach(ProcessHandle::destroy);
    if (awaitExit(all, grace)) {
      return;
    }
    all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    if (!awaitExit(all, FORCED_EXIT)) {
      throw new IllegalStateException(
          "KITH-ENV-030 process "
              + all.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList()
              + " still running after being killed");
    }
  }

  private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
    CompletableFuture<?>[] exits =
        processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
    try {
      CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException | ExecutionException stillRunning) {
      return processes.stream().noneMatch(ProcessHandle::isAlive);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  public static Optional<ProcessHandle> find(long pid) {
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
  }
}
