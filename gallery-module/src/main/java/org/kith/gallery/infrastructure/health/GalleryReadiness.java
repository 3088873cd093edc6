package org.kith.gallery.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.kith.gallery.infrastructure.persistence.GalleryDataSource;
import org.kith.gallery.infrastructure.persistence.GallerySchema;

/** Ready when the gallery schema is migrated and its database answers. */
@Readiness
@ApplicationScoped
public class GalleryReadiness implements HealthCheck {
  @Resource(lookup = GalleryDataSource.JNDI_NAME)
  DataSource dataSource;

  @Inject GallerySchema schema;

  @Override
  public HealthCheckResponse call() {
    boolean reachable;
    try (Connection connection = dataSource.getConnection()) {
      reachable = connection.isValid(2);
    } catch (SQLException e) {
      reachable = false;
    }
    return HealthCheckResponse.named("gallery")
        .status(reachable)
        .withData("database", reachable ? "reachable" : "unreachable")
        .withData("schemaVersion", schema.version())
        .build();
  }
}
