/** JPA (Hibernate) on MySQL Connector/J, and the audit schema's Flyway migrations. */
package org.kith.audit.infrastructure.persistence;
