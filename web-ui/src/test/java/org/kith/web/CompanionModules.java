package org.kith.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.kith.deploy.environment.PayaraMicro;
import org.kith.deploy.environment.Ports;
import org.kith.deploy.environment.Processes;
import org.kith.deploy.testing.IntegrationEnvironment;

/**
 * Runs the modules the UI calls (the WARs named by {@code kith.it.companions}) in a second Payara
 * Micro beside the one Arquillian starts for the UI, on the same database and Keycloak, and points
 * the UI at them. Register it before the Arquillian extension: the UI's server reads the addresses
 * from the properties file when it starts.
 */
public final class CompanionModules implements BeforeAllCallback {
  private static final Logger LOG = Logger.getLogger(CompanionModules.class.getName());
  private static final Duration STARTUP = Duration.ofMinutes(6);

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(Running.class, k -> start(), Running.class);
  }

  /** The companion server; closed when the test run ends. */
  record Running(Process process, int port) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      Processes.stop(process.toHandle(), Duration.ofSeconds(20));
    }
  }

  private static Running start() {
    try {
      IntegrationEnvironment.current(); // fails clearly outside failsafe
      Path dir = Path.of(System.getProperty("kith.it.dir"));
      Path properties = dir.resolve("payara.properties");
      List<Path> wars =
          Arrays.stream(System.getProperty("kith.it.companions", "").split(","))
              .filter(s -> !s.isBlank())
              .map(Path::of)
              .toList();
      for (Path war : wars) {
        if (!Files.isRegularFile(war)) {
          throw new IllegalStateException("Companion module not built: " + war);
        }
      }
      int port = Ports.freeLoopbackPort();
      String base = "http://127.0.0.1:" + port;
      Files.writeString(
          properties,
          "\nkith.web.gallery-url=" + base + "/gallery\nkith.web.audit-url=" + base + "/audit\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);
      Path root = dir.resolve("companions");
      Files.createDirectories(root);
      Process process =
          PayaraMicro.start(
              Path.of(System.getProperty("payara.microJar")),
              wars,
              PayaraMicro.serverOptions(
                  Path.of(System.getProperty("kith.root"), "deploy/payara/preboot.txt"),
                  properties,
                  port),
              root,
              dir.resolve("companions.log"),
              false);
      Running running = new Running(process, port);
      try {
        awaitReady(base, process);
      } catch (RuntimeException | InterruptedException e) {
        running.close();
        throw e;
      }
      LOG.info(() -> "KITH-IT-010 companion modules ready at " + base + ": " + wars);
      return running;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void awaitReady(String base, Process process) throws InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Companion Payara Micro exited; see companions.log");
      }
      try {
        HttpResponse<Void> ready =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      }
      Thread.sleep(2000);
    }
    throw new IllegalStateException("Companion modules not ready after " + STARTUP);
  }
}
