/** Encryption at rest of the personal data the gallery stores besides templates. */
package org.kith.gallery.infrastructure.crypto;
