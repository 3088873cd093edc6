package org.kith.deploy.testing;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.kith.deploy.environment.DatabaseAccount;

/**
 * Runs a module's own Flyway migrations, exactly as the module does at start-up, against a new
 * empty schema, and then again as a restart would.
 */
public final class MigrationCheck {
  private MigrationCheck() {}

  /** What two consecutive start-ups did. */
  public record Outcome(int appliedOnEmpty, int appliedOnRestart, int available, String version) {}

  public static Outcome migrateTwice(String location) throws Exception {
    IntegrationEnvironment.Running env = IntegrationEnvironment.current();
    DatabaseAccount account = env.emptySchema("kith_migration");
    int first = flyway(env, account, location).migrate().migrationsExecuted;
    Flyway restarted = flyway(env, account, location);
    int second = restarted.migrate().migrationsExecuted;
    restarted.validate();
    MigrationInfo current = restarted.info().current();
    return new Outcome(
        first,
        second,
        restarted.info().all().length,
        current == null ? "none" : current.getVersion().getVersion());
  }

  private static Flyway flyway(
      IntegrationEnvironment.Running env, DatabaseAccount account, String location) {
    return Flyway.configure(MigrationCheck.class.getClassLoader())
        .dataSource(env.jdbcUrl(account.schema()), account.user(), account.password())
        .locations(location)
        .load();
  }
}
