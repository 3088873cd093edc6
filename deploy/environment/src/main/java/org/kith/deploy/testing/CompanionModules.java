package org.kith.deploy.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.kith.deploy.environment.DeploymentReadiness;
import org.kith.deploy.environment.PayaraMicro;
import org.kith.deploy.environment.Processes;

/**
 * Other Kith modules a module's integration tests need beside the one under test (the gallery calls
 * recognition and audit), deployed from the reactor's built WARs on a second Payara Micro with the
 * same configuration. Arquillian deploys only the module under test, so the companions run in their
 * own server, and the module under test is told their URL through configuration.
 *
 * <p>Started without waiting, so they come up while Arquillian starts the module under test; tests
 * call {@link #awaitReady} before their first call that needs them.
 */
public final class CompanionModules implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(CompanionModules.class.getName());

  private final Process process;
  private final String url;
  private final List<String> modules;
  private final Path log;
  private final List<String> probes;
  private volatile boolean ready;

  private CompanionModules(
      Process process, String url, List<String> modules, Path log, List<String> probes) {
    this.process = process;
    this.url = url;
    this.modules = modules;
    this.log = log;
    this.probes = probes;
  }

  /** The module names of the WARs ({@code recognition.war} is {@code recognition}). */
  static List<String> moduleNames(List<Path> wars) {
    return wars.stream().map(w -> w.getFileName().toString().replaceFirst("\\.war$", "")).toList();
  }

  /**
   * Starts the companions; {@code probes} are paths (e.g. {@code /gallery/api/v1/patients}) that
   * {@link #awaitReady} also waits on until each answers as a deployed API does.
   */
  static CompanionModules start(
      Path microJar,
      List<Path> wars,
      Path prebootFile,
      Path propertiesFile,
      int port,
      Path dir,
      List<String> probes)
      throws IOException {
    for (Path war : wars) {
      if (!Files.isRegularFile(war)) {
        throw new IOException(
            "Companion module "
                + war
                + " is not built; the module's pom must depend on it (type war, scope test)");
      }
    }
    // Emptied by PayaraMicro.start: a root left by an earlier run would first serve that run's
    // applications, and answer the readiness probes, before these WARs replace them.
    Path root = dir.resolve("companions-root");
    Path log = dir.resolve("companions.log");
    Process process =
        PayaraMicro.start(
            microJar,
            wars,
            PayaraMicro.serverOptions(prebootFile, propertiesFile, port),
            root,
            log,
            false);
    LOG.info(() -> "KITH-IT-010 companion modules " + moduleNames(wars) + " starting on " + port);
    return new CompanionModules(
        process, "http://127.0.0.1:" + port, moduleNames(wars), log, List.copyOf(probes));
  }

  /** Where the companions answer, e.g. {@code http://127.0.0.1:4711}. */
  public String url() {
    return url;
  }

  public List<String> modules() {
    return modules;
  }

  /**
   * Waits until every companion reports ready on {@code /health/ready} and every probe path answers
   * as a deployed API does. The readiness report can come up before every WAR serves requests, and
   * an API still deploying answers 404 (which a UI rightly shows as "not found"); a deployed API
   * refuses an anonymous call with 401 or 403 instead.
   */
  public synchronized void awaitReady(Duration timeout) {
    if (ready) {
      return;
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(timeout);
    awaitHealth(http, deadline, timeout);
    for (String path : probes) {
      awaitServing(http, path, deadline, timeout);
    }
    ready = true;
  }

  private void awaitHealth(HttpClient http, Instant deadline, Duration timeout) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url + "/health/ready"))
            .timeout(Duration.ofSeconds(10))
            .build();
    String last = "no answer";
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Companion Payara Micro exited; see " + log);
      }
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        last = response.statusCode() + " " + body;
        if (response.statusCode() == 200
            && modules.stream()
                // The Companion is static files: no health check of its own to wait for.
                .filter(m -> !DeploymentReadiness.Module.COMPANION_NAMES.contains(m))
                .allMatch(m -> body.contains("\"name\":\"" + m + "\""))) {
          return;
        }
      } catch (IOException notYet) {
        // Still starting.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for companion modules", e);
      }
      pause();
    }
    throw new IllegalStateException(
        "Companion modules not ready after " + timeout + " (last: " + last + "); see " + log);
  }

  private void awaitServing(HttpClient http, String path, Instant deadline, Duration timeout) {
    HttpRequest probe =
        HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(10)).build();
    int status = 0;
    while (Instant.now().isBefore(deadline)) {
      try {
        status = http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status == 200 || status == 401 || status == 403) {
          return;
        }
      } catch (IOException notYet) {
        status = 0;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for companion modules", e);
      }
      pause();
    }
    throw new IllegalStateException(
        path + " still answers " + status + " after " + timeout + "; see " + log);
  }

  private static void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for companion modules", e);
    }
  }

  @Override
  public void close() {
    Processes.stop(process.toHandle(), Duration.ofSeconds(20));
  }
}
