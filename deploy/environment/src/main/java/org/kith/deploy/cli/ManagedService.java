package org.kith.deploy.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.kith.deploy.environment.Processes;

/**
 * A server process the kith command started, remembered by a pid file. A pid is only acted on while
 * its command line still mentions the installation's folder, so a reused pid is never touched.
 */
record ManagedService(String name, Path pidFile, String marker) {

  void remember(Process process) throws IOException {
    Files.createDirectories(pidFile.getParent());
    Files.writeString(pidFile, Long.toString(process.pid()));
  }

  Optional<ProcessHandle> running() {
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(Files.readString(pidFile).strip());
      return Processes.find(pid).filter(this::isOurs);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private boolean isOurs(ProcessHandle process) {
    return process.info().commandLine().map(c -> c.contains(marker)).orElse(false)
        || process.info().arguments().map(a -> String.join(" ", a).contains(marker)).orElse(false);
  }

  /** Stops the process if it runs; returns whether there was one to stop. */
  boolean stop(Duration grace) throws IOException {
    Optional<ProcessHandle> process = running();
    process.ifPresent(p -> Processes.stop(p, grace));
    Files.deleteIfExists(pidFile);
    return process.isPresent();
  }
}
