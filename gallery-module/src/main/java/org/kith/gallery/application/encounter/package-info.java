/** The encounter use cases: open, frames, close, expiry, announcement policies, socket tickets. */
package org.kith.gallery.application.encounter;
