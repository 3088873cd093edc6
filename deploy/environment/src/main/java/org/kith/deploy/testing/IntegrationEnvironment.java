package org.kith.deploy.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.kith.deploy.environment.DataEncryptionKey;
import org.kith.deploy.environment.Directories;
import org.kith.deploy.environment.EmbeddedDatabase;
import org.kith.deploy.environment.LocalKeycloak;
import org.kith.deploy.environment.PayaraMicro;
import org.kith.deploy.environment.PlatformConfiguration;
import org.kith.deploy.environment.Ports;
import org.kith.deploy.environment.Processes;
import org.kith.deploy.environment.Secrets;

/**
 * Starts a fresh MariaDB and a fresh Keycloak with the kith realm before any integration test of a
 * module runs, and writes the properties Arquillian's Payara Micro is started with. Security is on:
 * the modules validate real tokens from this Keycloak.
 *
 * <p>Active only where the build sets {@code kith.it.dir} (the failsafe runs); unit-test JVMs are
 * left alone.
 */
public final class IntegrationEnvironment implements LauncherSessionListener {
  private static final Logger LOG = Logger.getLogger(IntegrationEnvironment.class.getName());
  private static volatile Running running;

  /** What the tests of this JVM talk to. */
  public static Running current() {
    if (running == null) {
      throw new IllegalStateException(
          "No integration environment: run the test through failsafe (./mvnw verify)");
    }
    return running;
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String dir = System.getProperty("kith.it.dir");
    if (dir == null || running != null) {
      return;
    }
    try {
      running = Running.start(Path.of(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot start the integration environment: " + e.getMessage(), e);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot start the integration environment: " + e, e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (running != null) {
      running.close();
      running = null;
    }
  }

  /** The started services and their coordinates. */
  public static final class Running implements AutoCloseable {
    private final EmbeddedDatabase database;
    private final Process keycloak;
    private final Secrets secrets;
    private final String issuer;
    private final int payaraPort;
    private final CompanionModules companions;

    private Running(
        EmbeddedDatabase database,
        Process keycloak,
        Secrets secrets,
        String issuer,
        int payaraPort,
        CompanionModules companions) {
      this.database = database;
      this.keycloak = keycloak;
      this.secrets = secrets;
      this.issuer = issuer;
      this.payaraPort = payaraPort;
      this.companions = companions;
    }

    /**
     * The companion modules this run started (opt-in: {@code kith.it.companions} lists their WARs,
     * {@code kith.it.companion-url-properties} the configuration keys that point the module under
     * test at them, optional {@code kith.it.companion-probes} API paths that must answer as
     * deployed APIs do), once they are ready.
     */
    public CompanionModules companions() {
      if (companions == null) {
        throw new IllegalStateException(
            "No companion modules: set kith.it.companions in the module's failsafe configuration");
      }
      companions.awaitReady(Duration.ofMinutes(5));
      return companions;
    }

    /** The WARs named by {@code kith.it.companions}, comma-separated. */
    static List<Path> companionWars() {
      return listProperty("kith.it.companions").stream().map(Path::of).toList();
    }

    static List<String> listProperty(String name) {
      String value = System.getProperty(name, "");
      return java.util.Arrays.stream(value.split(","))
          .map(String::strip)
          .filter(v -> !v.isEmpty())
          .toList();
    }

    static Running start(Path dir) throws Exception {
      long started = System.nanoTime();
      Path root = Path.of(System.getProperty("kith.root"));
      Directories.deleteRecursively(dir.resolve("data"));
      Secrets secrets = Secrets.ephemeral();
      int payaraPort = Ports.freeLoopbackPort();
      String kithUrl = "http://127.0.0.1:" + payaraPort;

      int keycloakPort = Ports.freeLoopbackPort();
      String issuer = LocalKeycloak.issuer(keycloakPort);
      Path keycloakLog = dir.resolve("keycloak.log");
      Process keycloak;
      // Test runs of several modules share the unpacked Keycloak and MariaDB; two of them starting
      // at
      // the same moment corrupt each other's start-up, so starts take turns (running side by side
      // is
      // fine). The lock is held until both servers of this run are up.
      Files.createDirectories(root.resolve("target/runtime"));
      FileChannel lockFile =
          FileChannel.open(
              root.resolve("target/runtime/environment-start.lock"),
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE);
      FileLock startLock = lockFile.lock();
      try {
        LocalKeycloak local =
            LocalKeycloak.install(
                Path.of(System.getProperty("kith.keycloak.dist")), root.resolve("target/runtime"));
        keycloak =
            local.start(
                keycloakPort,
                dir.resolve("data/keycloak"),
                root.resolve("deploy/keycloak/kith-realm.json"),
                PlatformConfiguration.realmEnvironment(secrets, kithUrl),
                keycloakLog,
                false);
        try {
          LocalKeycloak.awaitRealm(issuer, Duration.ofMinutes(5), keycloak, keycloakLog);
        } catch (IOException | RuntimeException e) {
          Processes.stop(keycloak.toHandle(), Duration.ofSeconds(10));
          throw e;
        }
      } catch (IOException | RuntimeException e) {
        startLock.release();
        lockFile.close();
        throw e;
      }

      EmbeddedDatabase database;
      try {
        try {
          database =
              EmbeddedDatabase.start(
                  root.resolve("target/runtime"),
                  dir.resolve("data/mariadb"),
                  Ports.freeLoopbackPort());
          database.provision(PlatformConfiguration.embeddedAccounts(secrets));
        } finally {
          startLock.release();
          lockFile.close();
        }

        PlatformConfiguration config =
            new PlatformConfiguration()
                .embeddedDatabase("jdbc:mysql://127.0.0.1:" + database.port(), secrets)
                .identity(issuer, issuer + "/protocol/openid-connect/certs", secrets)
                .dataEncryption(DataEncryptionKey.generate())
                .baseUrl(kithUrl);
        List<Path> companionWars = companionWars();
        int companionPort = companionWars.isEmpty() ? 0 : Ports.freeLoopbackPort();
        for (String property : listProperty("kith.it.companion-url-properties")) {
          config.set(property, "http://127.0.0.1:" + companionPort);
        }
        Path propertiesFile = dir.resolve("payara.properties");
        config.writeTo(propertiesFile);
        CompanionModules companions = null;
        if (!companionWars.isEmpty()) {
          companions =
              CompanionModules.start(
                  Path.of(System.getProperty("payara.microJar")),
                  companionWars,
                  root.resolve("deploy/payara/preboot.txt"),
                  propertiesFile,
                  companionPort,
                  dir,
                  listProperty("kith.it.companion-probes"));
        }
        System.setProperty("payara.randomHttpPort", "false");
        System.setProperty(
            "payara.extraMicroOptions",
            String.join(
                " ",
                PayaraMicro.serverOptions(
                    root.resolve("deploy/payara/preboot.txt"), propertiesFile, payaraPort)));
        LOG.info(
            () ->
                String.format(
                    "KITH-IT-001 environment ready in %.1f s: keycloak %s, mariadb port %d",
                    (System.nanoTime() - started) / 1e9, issuer, database.port()));
        return new Running(database, keycloak, secrets, issuer, payaraPort, companions);
      } catch (Exception e) {
        Processes.stop(keycloak.toHandle(), Duration.ofSeconds(10));
        throw e;
      }
    }

    public String issuer() {
      return issuer;
    }

    public Secrets secrets() {
      return secrets;
    }

    public int payaraPort() {
      return payaraPort;
    }

    /** A Connector/J URL to a module's schema, for tests that check what was stored. */
    public String jdbcUrl(String schema) {
      return database.jdbcUrl(schema);
    }

    /**
     * A connection to a module's schema as its owner, for tests that seed or inspect stored rows.
     */
    public java.sql.Connection connect(String schema) throws java.sql.SQLException {
      org.kith.deploy.environment.DatabaseAccount account =
          PlatformConfiguration.embeddedAccounts(secrets).stream()
              .filter(a -> a.schema().equals(schema))
              .findFirst()
              .orElseThrow(() -> new IllegalArgumentException("No account for schema " + schema));
      return java.sql.DriverManager.getConnection(
          database.jdbcUrl(schema), account.user(), account.password());
    }

    /** A new, empty schema with its own owner account, for tests that must start from nothing. */
    public org.kith.deploy.environment.DatabaseAccount emptySchema(String prefix) throws Exception {
      String name = prefix + "_" + Long.toString(System.nanoTime(), 36);
      org.kith.deploy.environment.DatabaseAccount account =
          org.kith.deploy.environment.DatabaseAccount.owner(name, Secrets.generate(), name);
      database.provision(java.util.List.of(account));
      return account;
    }

    public Tokens tokens() {
      return new Tokens(issuer, secrets);
    }

    @Override
    public void close() {
      if (companions != null) {
        companions.close();
      }
      Processes.stop(keycloak.toHandle(), Duration.ofSeconds(20));
      database.close();
    }
  }
}
