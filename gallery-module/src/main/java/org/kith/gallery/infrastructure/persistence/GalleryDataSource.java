package org.kith.gallery.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The gallery schema's connection pool, through MySQL Connector/J. URL, user and password come from
 * MicroProfile Config (the kith command or the operator provides them), never from the build.
 */
@DataSourceDefinition(
    name = GalleryDataSource.JNDI_NAME,
    className = "com.mysql.cj.jdbc.MysqlDataSource",
    url = "${MPCONFIG=kith.gallery.db.url}",
    user = "${MPCONFIG=kith.gallery.db.user}",
    password = "${MPCONFIG=kith.gallery.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=auto-commit"
    })
@Singleton
public class GalleryDataSource {
  public static final String JNDI_NAME = "java:app/jdbc/gallery";
}
