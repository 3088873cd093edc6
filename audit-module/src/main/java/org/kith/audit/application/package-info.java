/**
 * Appending to, reviewing and verifying a clinic's audit chain; reads always scoped to one clinic.
 */
package org.kith.audit.application;
