package org.kith.audit.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the audit schema to the current version at start-up, with the same migrations in tests and
 * production. Flyway records what it applied, so a restart applies nothing twice.
 *
 * <p>Runs as the schema's owner ({@code kith.audit.db.owner.user}), because the runtime account may
 * only insert and read; where no owner is configured (a single-account database) the runtime
 * account migrates.
 */
@Singleton
@Startup
public class AuditSchema {
  private static final Logger LOG = Logger.getLogger(AuditSchema.class.getName());

  @Inject
  @ConfigProperty(name = "kith.audit.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "kith.audit.db.owner.user")
  Optional<String> ownerUser;

  @Inject
  @ConfigProperty(name = "kith.audit.db.owner.password")
  Optional<String> ownerPassword;

  @Inject
  @ConfigProperty(name = "kith.audit.db.user")
  String user;

  @Inject
  @ConfigProperty(name = "kith.audit.db.password")
  String password;

  private volatile String version = "none";

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void migrate() {
    Flyway flyway =
        Flyway.configure(AuditSchema.class.getClassLoader())
            .dataSource(
                url,
                ownerUser.orElse(user),
                ownerUser.isPresent() ? ownerPassword.orElse("") : password)
            .locations("classpath:db/migration/audit")
            .table("flyway_schema_history")
            .load();
    MigrateResult result = flyway.migrate();
    // Read back rather than taken from the result, which names no version when nothing was applied.
    MigrationInfo current = flyway.info().current();
    version = current == null ? "empty" : current.getVersion().getVersion();
    LOG.info(
        () ->
            "AUD-001 audit schema at version "
                + version
                + ", "
                + result.migrationsExecuted
                + " migration(s) applied");
  }

  public String version() {
    return version;
  }
}
