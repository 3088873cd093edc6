package org.kith.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kith.api.problem.CommonErrors;

class TransientFailuresTest {
  private static RuntimeException wrapped(Throwable cause) {
    // As the EJB container and the ORM hand it on: several layers deep.
    return new RuntimeException("EJBException", new IllegalStateException("rolled back", cause));
  }

  @Test
  void deadlocksAndLockTimeoutsAreBusy() {
    assertEquals(
        Optional.of(CommonErrors.DATABASE_BUSY),
        TransientFailures.classify(wrapped(new SQLException("Deadlock found", "40001", 1213))));
    assertEquals(
        Optional.of(CommonErrors.DATABASE_BUSY),
        TransientFailures.classify(wrapped(new SQLException("Lock wait timeout", "HY000", 1205))));
  }

  @Test
  void aLostConnectionIsUnavailable() {
    assertEquals(
        Optional.of(CommonErrors.DATABASE_UNAVAILABLE),
        TransientFailures.classify(wrapped(new SQLException("Communications link", "08S01", 0))));
    assertEquals(
        Optional.of(CommonErrors.DATABASE_UNAVAILABLE),
        TransientFailures.classify(wrapped(new SQLTransientConnectionException("pool empty"))));
  }

  @Test
  void otherFailuresAreNotTransient() {
    assertEquals(
        Optional.empty(),
        TransientFailures.classify(wrapped(new SQLException("Duplicate entry", "23000", 1062))));
    assertEquals(Optional.empty(), TransientFailures.classify(new IllegalStateException("bug")));
  }
}
