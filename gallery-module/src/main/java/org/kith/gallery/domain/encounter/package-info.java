/** Encounters: a device's stream of frames turned into tracks, and tracks into confirmed people. */
package org.kith.gallery.domain.encounter;
