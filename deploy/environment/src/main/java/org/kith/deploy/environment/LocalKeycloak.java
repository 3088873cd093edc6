package org.kith.deploy.environment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A Keycloak server of the pinned release, unpacked from the distribution the build fetched from
 * Maven Central (checksum verified), listening on loopback with the {@code kith} realm imported.
 *
 * <p>It runs in Keycloak's development mode with its own H2 database in {@code dataDir}: the local
 * default for one clinic's machine. Production installations point Kith at their own Keycloak.
 */
public final class LocalKeycloak {
  private static final Logger LOG = Logger.getLogger(LocalKeycloak.class.getName());
  public static final String REALM = "kith";

  private final Path home;

  private LocalKeycloak(Path home) {
    this.home = home;
  }

  /** Unpacks the distribution under {@code runtimeDir} unless an earlier run already did. */
  public static LocalKeycloak install(Path distribution, Path runtimeDir)
      throws IOException, InterruptedException {
    Path home = runtimeDir.resolve("keycloak-" + Versions.keycloak());
    if (!Files.exists(home.resolve("bin/kc.sh"))) {
      if (!Files.exists(distribution)) {
        throw new IOException(
            "Keycloak distribution not found at " + distribution + "; build Kith first");
      }
      Checksums.verify(distribution, Versions.keycloakSha256());
      Files.createDirectories(runtimeDir);
      Processes.runToCompletion(
          List.of("tar", "xzf", distribution.toString(), "-C", runtimeDir.toString()), runtimeDir);
      LOG.info(() -> "KITH-ENV-010 Keycloak " + Versions.keycloak() + " unpacked to " + home);
    }
    return new LocalKeycloak(home);
  }

  /**
   * Starts Keycloak detached from the caller, logging to {@code logFile}. The realm file's {@code
   * ${...}} placeholders are filled from {@code realmEnvironment}.
   */
  public Process start(
      int port,
      Path dataDir,
      Path realmFile,
      Map<String, String> realmEnvironment,
      Path logFile,
      boolean detach)
      throws IOException {
    Path importDir = home.resolve("data/import");
    Files.createDirectories(importDir);
    Files.copy(
        realmFile, importDir.resolve("kith-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    Files.createDirectories(dataDir);
    List<String> command = new ArrayList<>();
    if (detach) {
      command.add("setsid");
    }
    command.addAll(
        List.of(
            home.resolve("bin/kc.sh").toString(),
            "start-dev",
            "--http-host=127.0.0.1",
            "--http-port=" + port,
            "--import-realm",
            "--db-url=jdbc:h2:file:" + dataDir.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE",
            "--log-level=WARN,org.keycloak.services:INFO,io.quarkus:INFO"));
    ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
    builder.environment().putAll(realmEnvironment);
    builder.environment().put("JAVA_HOME", JavaRuntimes.forKeycloak().toString());
    LOG.info(() -> "KITH-ENV-011 starting Keycloak on 127.0.0.1:" + port);
    return Processes.startLogged(builder, logFile);
  }

  public static String issuer(int port) {
    return "http://127.0.0.1:" + port + "/realms/" + REALM;
  }

  /** Waits until the realm's discovery document answers, or fails with the log's location. */
  public static void awaitRealm(String issuer, Duration timeout, Process process, Path logFile)
      throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (process != null && !process.isAlive()) {
        throw new IOException("Keycloak exited with " + process.exitValue() + "; see " + logFile);
      }
      try {
        if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet: keep waiting.
      }
      Thread.sleep(500);
    }
    throw new IOException(
        "Keycloak realm not ready after " + timeout.toSeconds() + " s; see " + logFile);
  }
}
