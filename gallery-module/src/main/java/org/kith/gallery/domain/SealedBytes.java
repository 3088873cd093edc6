package org.kith.gallery.domain;

import java.util.Objects;

/**
 * A value as stored encrypted: the ciphertext (with its authentication tag), the random nonce it
 * was sealed with, and the id of the key that sealed it, so that keys can be rotated while older
 * values stay readable.
 */
public record SealedBytes(String keyId, byte[] iv, byte[] ciphertext) {
  public SealedBytes {
    Objects.requireNonNull(keyId, "keyId");
    iv = Objects.requireNonNull(iv, "iv").clone();
    ciphertext = Objects.requireNonNull(ciphertext, "ciphertext").clone();
  }

  @Override
  public byte[] iv() {
    return iv.clone();
  }

  @Override
  public byte[] ciphertext() {
    return ciphertext.clone();
  }
}
