/** The gallery's aggregates and the repository contracts they are stored through. */
package org.kith.gallery.domain;
