/** Browser login through the clinic's Keycloak with OpenID Connect (authorization code flow). */
package org.kith.web.security;
