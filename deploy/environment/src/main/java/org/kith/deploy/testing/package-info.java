/**
 * The real stack for integration tests: a fresh MariaDB and Keycloak per test JVM, started before
 * Arquillian starts Payara Micro, and the tokens tests present to the modules.
 */
package org.kith.deploy.testing;
