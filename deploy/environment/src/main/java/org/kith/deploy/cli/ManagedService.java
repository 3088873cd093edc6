package org.kith.deploy.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.kith.deploy.environment.Ports;
import org.kith.deploy.environment.Processes;

/**
 * A server process the kith command started, remembered by a pid file that also names the port it
 * listens on. A pid is only acted on while its command line still mentions the installation's
 * folder, so a reused pid is never touched.
 */
record ManagedService(String name, Path pidFile, String marker) {
  /** How long a stopped server's port may stay taken after the process has exited. */
  private static final Duration PORT_RELEASE = Duration.ofSeconds(30);

  /** Remembers the process and where it listens, so {@link #stop} can wait for that port. */
  void remember(Process process, String host, int port) throws IOException {
    Files.createDirectories(pidFile.getParent());
    Files.writeString(pidFile, process.pid() + "\n" + host + " " + port + "\n");
  }

  Optional<ProcessHandle> running() {
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(lines().get(0).strip());
      return Processes.find(pid).filter(this::isOurs);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private List<String> lines() throws IOException {
    return Files.readAllLines(pidFile);
  }

  private boolean isOurs(ProcessHandle process) {
    return process.info().commandLine().map(c -> c.contains(marker)).orElse(false)
        || process.info().arguments().map(a -> String.join(" ", a).contains(marker)).orElse(false);
  }

  /**
   * Stops the process if it runs and returns once it and its children have exited and its port is
   * free, so a following {@code up} can start at once; returns whether there was one to stop. Pid
   * files written before they named the port (one line) are stopped without the port wait.
   */
  boolean stop(Duration grace) throws IOException, InterruptedException {
    Optional<ProcessHandle> process = running();
    Optional<String[]> listener = process.isPresent() ? listener() : Optional.empty();
    process.ifPresent(p -> Processes.stop(p, grace));
    if (listener.isPresent()) {
      String host = listener.get()[0];
      int port = Integer.parseInt(listener.get()[1]);
      if (!Ports.awaitFree(host, port, PORT_RELEASE)) {
        throw new IOException(
            name + " has exited but port " + port + " is still taken after " + PORT_RELEASE);
      }
    }
    Files.deleteIfExists(pidFile);
    return process.isPresent();
  }

  private Optional<String[]> listener() throws IOException {
    List<String> lines = lines();
    if (lines.size() < 2 || lines.get(1).isBlank()) {
      return Optional.empty();
    }
    String[] hostAndPort = lines.get(1).strip().split("\\s+");
    return hostAndPort.length == 2 ? Optional.of(hostAndPort) : Optional.empty();
  }
}
