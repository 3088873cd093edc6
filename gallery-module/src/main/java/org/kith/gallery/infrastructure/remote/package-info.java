/** The recognition and audit modules reached over REST with the platform's own service token. */
package org.kith.gallery.infrastructure.remote;
