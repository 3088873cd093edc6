/**
 * The device's encounter API, over REST and over a WebSocket, and patients' announcement policies.
 */
package org.kith.gallery.interfaces.rest.encounter;
