package org.kith.api.rest;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.kith.api.problem.CommonErrors;

/**
 * Database failures that pass: a deadlock or a lock that waited too long (another change to the
 * same rows was in the way), or a database that cannot be reached right now. They are answered 503
 * with {@code Retry-After}, so a client tries again instead of reporting an error, and nothing was
 * changed: the transaction rolled back. Found anywhere in the cause chain, under whatever the
 * container or the ORM wrapped them in.
 */
public final class TransientFailures {
  /** MySQL/MariaDB: ER_LOCK_WAIT_TIMEOUT and ER_LOCK_DEADLOCK. */
  private static final int LOCK_WAIT_TIMEOUT = 1205;

  private static final int DEADLOCK = 1213;

  private TransientFailures() {}

  public static Optional<CommonErrors> classify(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
      if (t instanceof SQLTransientConnectionException) {
        return Optional.of(CommonErrors.DATABASE_UNAVAILABLE);
      }
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.startsWith("40")
            || sql.getErrorCode() == DEADLOCK
            || sql.getErrorCode() == LOCK_WAIT_TIMEOUT) {
          return Optional.of(CommonErrors.DATABASE_BUSY);
        }
        if (state.startsWith("08")) {
          return Optional.of(CommonErrors.DATABASE_UNAVAILABLE);
        }
      }
    }
    return Optional.empty();
  }
}
