/**
 * The wire form of Kith's error model: JAX-RS mappers that turn every failure into an RFC 9457
 * problem detail, so devices and the web UI meet one error format across all modules.
 */
package org.kith.api.rest;
