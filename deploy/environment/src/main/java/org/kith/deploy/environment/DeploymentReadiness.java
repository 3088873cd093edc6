package org.kith.deploy.environment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * When a Payara Micro start has finished deploying Kith's modules and they serve requests: this
 * start's log says Payara Micro is ready and names each module's deployment, {@code /health/ready}
 * reports each module's own check UP, and each module's API answers as a deployed one does (a call
 * without a token is refused with 401, where an application still deploying answers 404 or 503).
 * The health report alone is not enough: it also answers for an application that is about to be
 * replaced.
 */
public final class DeploymentReadiness {
  /**
   * A deployed WAR: its name (the context root), its health check's name (null for the Companion,
   * static files with no code to check) and a path to probe.
   */
  public record Module(String name, String healthCheck, String probe) {
    /** The Companion's WAR as {@code ./kith} deploys it, and as the web UI's build names it. */
    public static final java.util.Set<String> COMPANION_NAMES =
        java.util.Set.of("companion", "ui-companion");

    /** Kith's own modules, by WAR name. */
    public static Module of(String name) {
      if (COMPANION_NAMES.contains(name)) {
        return new Module(name, null, "/companion/index.html");
      }
      return switch (name) {
        case "recognition" -> new Module(name, "recognition", "/recognition/api/v1/runtime");
        case "gallery" -> new Module(name, "gallery", "/gallery/api/v1/patients");
        case "audit" -> new Module(name, "audit", "/audit/api/v1/events");
        case "ui" -> new Module(name, "web-ui", "/ui/index.xhtml");
        default -> throw new IllegalArgumentException("Unknown module " + name);
      };
    }
  }

  private final String url;
  private final List<Module> modules;
  private final PayaraLog log;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private String last = "no answer";

  /**
   * {@code log} is the part of the server log this start writes, or null where the server was
   * started earlier and its log cannot tell this start's deployments apart.
   */
  public DeploymentReadiness(String url, List<Module> modules, PayaraLog log) {
    this.url = url;
    this.modules = List.copyOf(modules);
    this.log = log;
  }

  /**
   * Waits until the modules are ready, or fails with what was seen last. {@code serverAlive} is
   * asked on each round, so a server that exits fails the wait at once.
   */
  public void await(Duration timeout, BooleanSupplier serverAlive, String logHint)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!serverAlive.getAsBoolean()) {
        throw new IOException("KITH-ENV-041 Payara Micro exited; see " + logHint);
      }
      if (deployed() && healthy() && serving()) {
        return;
      }
      Thread.sleep(1000);
    }
    throw new IOException(
        "KITH-ENV-040 modules "
            + modules.stream().map(Module::name).toList()
            + " not ready after "
            + timeout.toSeconds()
            + " s (last: "
            + last
            + "); see "
            + logHint);
  }

  private boolean deployed() throws IOException {
    if (log == null) {
      return true;
    }
    if (!log.bootCompleted()) {
      last = "Payara Micro still booting";
      return false;
    }
    for (Module module : modules) {
      if (log.deployments(module.name()) == 0) {
        last = module.name() + " not deployed yet";
        return false;
      }
    }
    return true;
  }

  private boolean healthy() throws InterruptedException {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url + "/health/ready"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      last = "/health/ready " + response.statusCode() + " " + body;
      return response.statusCode() == 200
          && modules.stream()
              .filter(m -> m.healthCheck() != null)
              .allMatch(m -> body.contains("\"name\":\"" + m.healthCheck() + "\""));
    } catch (IOException notYet) {
      last = "/health/ready: " + notYet;
      return false;
    }
  }

  private boolean serving() throws InterruptedException {
    for (Module module : modules) {
      try {
        int status =
            http.send(
                    HttpRequest.newBuilder(URI.create(url + module.probe()))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode();
        // The UI sends a visitor without a session to the realm's login (302).
        if (status != 200 && status != 302 && status != 401 && status != 403) {
          last = module.probe() + " " + status;
          return false;
        }
      } catch (IOException notYet) {
        last = module.probe() + ": " + notYet;
        return false;
      }
    }
    return true;
  }
}
