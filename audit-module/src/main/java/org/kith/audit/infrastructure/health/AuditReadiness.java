package org.kith.audit.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.kith.audit.infrastructure.persistence.AuditDataSource;
import org.kith.audit.infrastructure.persistence.AuditSchema;

/** Ready when the audit schema is migrated and its database answers. */
@Readiness
@ApplicationScoped
public class AuditReadiness implements HealthCheck {
  @Resource(lookup = AuditDataSource.JNDI_NAME)
  DataSource dataSource;

  @Inject AuditSchema schema;

  @Override
  public HealthCheckResponse call() {
    boolean reachable;
    try (Connection connection = dataSource.getConnection()) {
      reachable = connection.isValid(2);
    } catch (SQLException e) {
      reachable = false;
    }
    return HealthCheckResponse.named("audit")
        .status(reachable)
        .withData("database", reachable ? "reachable" : "unreachable")
        .withData("schemaVersion", schema.version())
        .build();
  }
}
