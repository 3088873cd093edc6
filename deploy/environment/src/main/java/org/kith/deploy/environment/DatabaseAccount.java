package org.kith.deploy.environment;

import java.util.List;

/**
 * A database user and what it may do. Each module owns its schema; the audit module's runtime user
 * may only insert and read, so no code path can rewrite history.
 */
public record DatabaseAccount(
    String user, String password, String schema, List<String> privileges) {

  /** All privileges on the schema: the owner that runs the schema's migrations. */
  public static DatabaseAccount owner(String user, String password, String schema) {
    return new DatabaseAccount(user, password, schema, List.of("ALL PRIVILEGES"));
  }

  public static DatabaseAccount limited(
      String user, String password, String schema, List<String> privileges) {
    return new DatabaseAccount(user, password, schema, List.copyOf(privileges));
  }
}
