/** The caller of a request, as the validated token and the connection tell it. */
package org.kith.gallery.infrastructure.security;
