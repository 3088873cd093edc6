/** The kith command: bring the platform up on embedded defaults, report on it, and take it down. */
package org.kith.deploy.cli;
