package org.kith.gallery.infrastructure.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.kith.gallery.domain.SealedBytes;

/**
 * One AES-256 key used in GCM mode: a fresh random 96-bit nonce for every value, a 128-bit tag, and
 * the key id and purpose as additional authenticated data, so that ciphertext, nonce, key id and
 * purpose are all covered by the tag.
 */
public final class AesGcmKey {
  static final int KEY_BYTES = 32;
  static final int IV_BYTES = 12;
  static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String keyId;
  private final SecretKeySpec key;

  private AesGcmKey(String keyId, byte[] key) {
    this.keyId = keyId;
    this.key = new SecretKeySpec(key, "AES");
  }

  /**
   * Parses the configured key.
   *
   * @throws IllegalArgumentException with a message fit for an operator (never the key itself)
   */
  public static AesGcmKey parse(String keyId, String base64Key) {
    if (keyId == null || keyId.isBlank()) {
      throw new IllegalArgumentException("kith.gallery.encryption.key-id is not set");
    }
    if (keyId.length() > 64) {
      throw new IllegalArgumentException("kith.gallery.encryption.key-id is longer than 64");
    }
    if (base64Key == null || base64Key.isBlank()) {
      throw new IllegalArgumentException("kith.gallery.encryption.key is not set");
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64Key.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("kith.gallery.encryption.key is not valid base64");
    }
    if (key.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          "kith.gallery.encryption.key must be 32 bytes (base64), it is " + key.length);
    }
    return new AesGcmKey(keyId.strip(), key);
  }

  public String keyId() {
    return keyId;
  }

  public SealedBytes seal(byte[] plaintext, String purpose) {
    Objects.requireNonNull(plaintext, "plaintext");
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(aad(keyId, purpose));
      return new SealedBytes(keyId, iv, cipher.doFinal(plaintext));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  /**
   * @throws TamperedException when the tag does not match: the value, nonce, key id or purpose were
   *     changed, or another key sealed it
   */
  public byte[] open(SealedBytes sealed, String purpose) {
    if (!keyId.equals(sealed.keyId())) {
      throw new TamperedException("sealed with key " + sealed.keyId() + ", not " + keyId);
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.iv()));
      cipher.updateAAD(aad(sealed.keyId(), purpose));
      return cipher.doFinal(sealed.ciphertext());
    } catch (javax.crypto.AEADBadTagException e) {
      throw new TamperedException("the value does not authenticate");
    } catch (GeneralSecurityException e) {
      throw new TamperedException("the value cannot be decrypted: " + e.getClass().getSimpleName());
    }
  }

  private static byte[] aad(String keyId, String purpose) {
    return ("kith-gallery\n" + keyId + "\n" + Objects.requireNonNull(purpose, "purpose"))
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A stored value failed authentication. */
  public static final class TamperedException extends RuntimeException {
    TamperedException(String message) {
      super(message);
    }
  }
}
