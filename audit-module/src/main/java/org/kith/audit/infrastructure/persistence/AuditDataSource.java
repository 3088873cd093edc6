package org.kith.audit.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The audit schema's connection pool, through MySQL Connector/J. URL, user and password come from
 * MicroProfile Config (the kith command or the operator provides them), never from the build.
 */
@DataSourceDefinition(
    name = AuditDataSource.JNDI_NAME,
    className = "com.mysql.cj.jdbc.MysqlDataSource",
    url = "${MPCONFIG=kith.audit.db.url}",
    user = "${MPCONFIG=kith.audit.db.user}",
    password = "${MPCONFIG=kith.audit.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=auto-commit",
      // The chain writer inserts a whole group with one batched multi-row statement per table.
      "rewriteBatchedStatements=true"
    })
@Singleton
public class AuditDataSource {
  public static final String JNDI_NAME = "java:app/jdbc/audit";
}
