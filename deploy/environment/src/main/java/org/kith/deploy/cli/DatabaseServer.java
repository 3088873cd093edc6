package org.kith.deploy.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.kith.deploy.environment.EmbeddedDatabase;
import org.kith.deploy.environment.PlatformConfiguration;
import org.kith.deploy.environment.Secrets;

/**
 * Runs the embedded MariaDB in its own process until it is asked to stop, so that the database
 * outlives the {@code kith up} command that started it. Arguments: home folder, port.
 */
public final class DatabaseServer {
  private DatabaseServer() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]);
    int port = Integer.parseInt(args[1]);
    Secrets secrets = Secrets.loadOrCreate(home.resolve("secrets.properties"));
    EmbeddedDatabase database =
        EmbeddedDatabase.start(home.resolve("runtime"), home.resolve("data/mariadb"), port);
    database.provision(PlatformConfiguration.embeddedAccounts(secrets));
    Path ready = home.resolve("run/db.ready");
    Files.createDirectories(ready.getParent());
    Files.writeString(ready, Integer.toString(port));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    Files.deleteIfExists(ready);
                  } catch (java.io.IOException ignored) {
                    // The marker is advisory; the next start rewrites it.
                  }
                  database.close();
                  stopped.countDown();
                }));
    stopped.await();
  }
}
