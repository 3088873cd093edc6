/**
 * The audit tables through plain JDBC on MySQL Connector/J, the group-commit chain writer, and the
 * schema's Flyway migrations.
 */
package org.kith.audit.infrastructure.persistence;
