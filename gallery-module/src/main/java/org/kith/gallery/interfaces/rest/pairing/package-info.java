/**
 * Pairing over REST: a phone starts and collects without a token, a clinician confirms on the
 * patient's page, and a paired phone exchanges its credential for tokens here (same origin as the
 * encounter API, so the Companion in a browser needs no cross-origin call to the realm).
 */
package org.kith.gallery.interfaces.rest.pairing;
