/**
 * Starting and stopping the services Kith runs on: the embedded MariaDB, a local Keycloak with the
 * kith realm, and Payara Micro with Kith's modules, for the kith command and the integration tests.
 */
package org.kith.deploy.environment;
