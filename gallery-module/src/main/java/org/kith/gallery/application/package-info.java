/** Use cases of the gallery; each call is one transaction scoped to the caller's clinic. */
package org.kith.gallery.application;
