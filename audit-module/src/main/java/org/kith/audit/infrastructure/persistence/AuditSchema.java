package org.kith.audit.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the audit schema to the current version at start-up, with the same migrations in tests and
 * production. Flyway records what it applied, so a restart applies nothing twice.
 */
@Singleton
@Startup
public class AuditSchema {
  private static final Logger LOG = Logger.getLogger(AuditSchema.class.getName());

  @Resource(lookup = AuditDataSource.JNDI_NAME)
  DataSource dataSource;

  private volatile String version = "none";

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void migrate() {
    MigrateResult result =
        Flyway.configure(AuditSchema.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration/audit")
            .table("flyway_schema_history")
            .load()
            .migrate();
    version = result.targetSchemaVersion == null ? "empty" : result.targetSchemaVersion;
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
