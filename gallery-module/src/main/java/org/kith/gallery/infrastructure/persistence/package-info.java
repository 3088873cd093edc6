/** JPA (Hibernate) on MySQL Connector/J, and the gallery schema's Flyway migrations. */
package org.kith.gallery.infrastructure.persistence;
