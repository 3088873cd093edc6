package org.kith.gallery.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.kith.gallery.domain.SealedBytes;

class AesGcmKeyTest {
  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
  private final AesGcmKey key = AesGcmKey.parse("k1", KEY);
  private final byte[] plaintext = "a signed consent form".getBytes(StandardCharsets.UTF_8);

  @Test
  void sealedValuesOpenWithTheSamePurposeAndNeverRepeatANonce() {
    SealedBytes a = key.seal(plaintext, "consent-evidence:1");
    SealedBytes b = key.seal(plaintext, "consent-evidence:1");
    assertEquals("k1", a.keyId());
    assertEquals(12, a.iv().length);
    assertFalse(Arrays.equals(a.iv(), b.iv()), "a fresh nonce per value");
    assertFalse(Arrays.equals(a.ciphertext(), b.ciphertext()));
    assertFalse(
        new String(a.ciphertext(), StandardCharsets.ISO_8859_1).contains("consent form"),
        "the plaintext is not visible in the stored value");
    assertArrayEquals(plaintext, key.open(a, "consent-evidence:1"));
  }

  @Test
  void aChangedCiphertextIsDetected() {
    SealedBytes sealed = key.seal(plaintext, "consent-evidence:1");
    byte[] changed = sealed.ciphertext();
    changed[3] ^= 1;
    assertThrows(
        AesGcmKey.TamperedException.class,
        () -> key.open(new SealedBytes("k1", sealed.iv(), changed), "consent-evidence:1"));
  }

  @Test
  void aChangedTagOrNonceIsDetected() {
    SealedBytes sealed = key.seal(plaintext, "p");
    byte[] tag = sealed.ciphertext();
    tag[tag.length - 1] ^= 1;
    assertThrows(
        AesGcmKey.TamperedException.class,
        () -> key.open(new SealedBytes("k1", sealed.iv(), tag), "p"));
    byte[] iv = sealed.iv();
    iv[0] ^= 1;
    assertThrows(
        AesGcmKey.TamperedException.class,
        () -> key.open(new SealedBytes("k1", iv, sealed.ciphertext()), "p"));
  }

  @Test
  void aValueMovedToAnotherRowDoesNotOpen() {
    SealedBytes sealed = key.seal(plaintext, "consent-evidence:1");
    assertThrows(AesGcmKey.TamperedException.class, () -> key.open(sealed, "consent-evidence:2"));
    assertThrows(AesGcmKey.TamperedException.class, () -> key.open(sealed, "person-thumbnail:1"));
  }

  @Test
  void anotherKeyOrARelabelledKeyIdCannotOpen() {
    SealedBytes sealed = key.seal(plaintext, "p");
    byte[] other = new byte[32];
    other[0] = 1;
    AesGcmKey otherKey = AesGcmKey.parse("k1", Base64.getEncoder().encodeToString(other));
    assertThrows(AesGcmKey.TamperedException.class, () -> otherKey.open(sealed, "p"));
    AesGcmKey renamed = AesGcmKey.parse("k2", KEY);
    assertThrows(
        AesGcmKey.TamperedException.class,
        () -> renamed.open(new SealedBytes("k2", sealed.iv(), sealed.ciphertext()), "p"),
        "the key id is authenticated too");
  }

  @Test
  void missingOrMalformedKeysAreRefusedWithAReasonThatNeverShowsTheKey() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> AesGcmKey.parse("k1", null))
            .getMessage()
            .contains("not set"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> AesGcmKey.parse(null, KEY))
            .getMessage()
            .contains("key-id"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> AesGcmKey.parse("k1", "not base64!"))
            .getMessage()
            .contains("base64"));
    String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
    String message =
        assertThrows(IllegalArgumentException.class, () -> AesGcmKey.parse("k1", shortKey))
            .getMessage();
    assertTrue(message.contains("32 bytes"), message);
    assertFalse(message.contains(shortKey));
  }
}
