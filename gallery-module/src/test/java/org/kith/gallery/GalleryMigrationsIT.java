package org.kith.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kith.deploy.testing.MigrationCheck;

/** The gallery schema's migrations, on the real MariaDB, as start-ups apply them. */
class GalleryMigrationsIT {

  @Test
  void applyToAnEmptyDatabaseAndAreIdempotentOnRestart() throws Exception {
    MigrationCheck.Outcome outcome = MigrationCheck.migrateTwice("classpath:db/migration/gallery");
    assertTrue(outcome.appliedOnEmpty() > 0, "migrations applied to the empty schema");
    assertEquals(outcome.available(), outcome.appliedOnEmpty(), "every migration applied");
    assertEquals(0, outcome.appliedOnRestart(), "a restart applies nothing again");
  }
}
