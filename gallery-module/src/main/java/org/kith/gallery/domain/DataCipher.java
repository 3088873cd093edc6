package org.kith.gallery.domain;

/**
 * Encrypts personal data the gallery keeps at rest (consent evidence, thumbnails). Each value is
 * bound to what it is ({@code purpose}, e.g. the row it belongs to): a value copied to another row
 * does not decrypt there.
 */
public interface DataCipher {
  SealedBytes seal(byte[] plaintext, String purpose);

  /** The plaintext; throws if the value, its nonce or its purpose were altered. */
  byte[] open(SealedBytes sealed, String purpose);

  /** Whether a usable key is configured; when not, {@link #problem()} says why. */
  boolean ready();

  String problem();
}
