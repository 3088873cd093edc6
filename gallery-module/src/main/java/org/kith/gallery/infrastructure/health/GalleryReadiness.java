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
import org.kith.gallery.domain.DataCipher;
import org.kith.gallery.infrastructure.persistence.GalleryDataSource;
import org.kith.gallery.infrastructure.persistence.GallerySchema;

/**
 * Ready when the gallery schema is migrated, its database answers and the data encryption key is
 * usable (without it consent evidence and thumbnails can be neither stored nor read).
 */
@Readiness
@ApplicationScoped
public class GalleryReadiness implements HealthCheck {
  @Resource(lookup = GalleryDataSource.JNDI_NAME)
  DataSource dataSource;

  @Inject GallerySchema schema;
  @Inject DataCipher cipher;

  @Override
  public HealthCheckResponse call() {
    boolean reachable;
    try (Connection connection = dataSource.getConnection()) {
      reachable = connection.isValid(2);
    } catch (SQLException e) {
      reachable = false;
    }
    boolean encryption = cipher.ready();
    return HealthCheckResponse.named("gallery")
        .status(reachable && encryption)
        .withData("encryption", encryption ? "ready" : cipher.problem())
        .withData("database", reachable ? "reachable" : "unreachable")
        .withData("schemaVersion", schema.version())
        .build();
  }
}
