package org.kith.gallery.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kith.api.problem.KithException;
import org.kith.gallery.application.GalleryErrors;
import org.kith.gallery.domain.SealedBytes;

class ConfiguredDataCipherTest {
  private static ConfiguredDataCipher cipher(String keyId, String key) {
    ConfiguredDataCipher cipher = new ConfiguredDataCipher();
    cipher.keyId = Optional.ofNullable(keyId);
    cipher.key = Optional.ofNullable(key);
    cipher.load();
    return cipher;
  }

  @Test
  void withoutAKeyItSaysWhyAndRefusesWith503InsteadOfFailingLater() {
    ConfiguredDataCipher cipher = cipher("k1", null);
    assertFalse(cipher.ready());
    assertTrue(cipher.problem().contains("kith.gallery.encryption.key"), cipher.problem());
    KithException e = assertThrows(KithException.class, () -> cipher.seal(new byte[] {1}, "p"));
    assertEquals(GalleryErrors.ENCRYPTION_UNAVAILABLE, e.errorCode());
  }

  @Test
  void aTamperedStoredValueIsAnIntegrityErrorNotGarbage() {
    ConfiguredDataCipher cipher = cipher("k1", Base64.getEncoder().encodeToString(new byte[32]));
    assertTrue(cipher.ready());
    assertNull(cipher.problem());
    SealedBytes sealed = cipher.seal(new byte[] {1, 2, 3}, "p");
    assertArrayEquals(new byte[] {1, 2, 3}, cipher.open(sealed, "p"));
    KithException e = assertThrows(KithException.class, () -> cipher.open(sealed, "q"));
    assertEquals(GalleryErrors.STORED_DATA_UNREADABLE, e.errorCode());
  }
}
