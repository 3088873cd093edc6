package org.kith.gallery.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the gallery schema to the current version at start-up, with the same migrations in tests
 * and production. Flyway records what it applied, so a restart applies nothing twice.
 */
@Singleton
@Startup
public class GallerySchema {
  private static final Logger LOG = Logger.getLogger(GallerySchema.class.getName());

  @Resource(lookup = GalleryDataSource.JNDI_NAME)
  DataSource dataSource;

  private volatile String version = "none";

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void migrate() {
    Flyway flyway =
        Flyway.configure(GallerySchema.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration/gallery")
            .table("flyway_schema_history")
            .load();
    MigrateResult result = flyway.migrate();
    MigrationInfo current = flyway.info().current();
    version = current == null ? "empty" : current.getVersion().getVersion();
    LOG.info(
        () ->
            "GAL-001 gallery schema at version "
                + version
                + ", "
                + result.migrationsExecuted
                + " migration(s) applied");
  }

  public String version() {
    return version;
  }
}
