/** The identity provider (Keycloak) as the gallery uses it: one confidential client per device. */
package org.kith.gallery.infrastructure.identity;
