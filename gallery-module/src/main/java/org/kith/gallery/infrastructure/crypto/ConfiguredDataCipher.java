package org.kith.gallery.infrastructure.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kith.api.problem.KithException;
import org.kith.gallery.application.GalleryErrors;
import org.kith.gallery.domain.DataCipher;
import org.kith.gallery.domain.SealedBytes;

/**
 * The gallery's cipher, keyed from MicroProfile Config ({@code kith.gallery.encryption.key}, base64
 * of 32 bytes, and {@code kith.gallery.encryption.key-id}). The key is checked when the application
 * starts, so a missing or malformed key is reported at once (a GAL-130 log line and readiness DOWN)
 * rather than at the first upload; until it is fixed, storing or reading encrypted data answers
 * 503.
 */
@ApplicationScoped
public class ConfiguredDataCipher implements DataCipher {
  private static final Logger LOG = Logger.getLogger(ConfiguredDataCipher.class.getName());

  @Inject
  @ConfigProperty(name = "kith.gallery.encryption.key")
  Optional<String> key;

  @Inject
  @ConfigProperty(name = "kith.gallery.encryption.key-id")
  Optional<String> keyId;

  private AesGcmKey aes;
  private String problem;

  @PostConstruct
  void load() {
    try {
      aes = AesGcmKey.parse(keyId.orElse(null), key.orElse(null));
      LOG.info("GAL-131 data encryption ready with key " + aes.keyId());
    } catch (IllegalArgumentException e) {
      problem = e.getMessage();
      LOG.severe(
          "GAL-130 data encryption is not configured, consent evidence and thumbnails cannot be"
              + " stored or read: "
              + problem);
    }
  }

  /** Creates the bean, and so checks the key, as the application starts. */
  void atStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    ready();
  }

  @Override
  public boolean ready() {
    return aes != null;
  }

  @Override
  public String problem() {
    return ready() ? null : problem;
  }

  @Override
  public SealedBytes seal(byte[] plaintext, String purpose) {
    return key().seal(plaintext, purpose);
  }

  @Override
  public byte[] open(SealedBytes sealed, String purpose) {
    try {
      return key().open(sealed, purpose);
    } catch (AesGcmKey.TamperedException e) {
      LOG.severe("GAL-132 a stored encrypted value failed authentication: " + e.getMessage());
      throw new KithException(
          GalleryErrors.STORED_DATA_UNREADABLE, "the stored value cannot be decrypted");
    }
  }

  private AesGcmKey key() {
    if (aes == null) {
      throw new KithException(GalleryErrors.ENCRYPTION_UNAVAILABLE, problem);
    }
    return aes;
  }
}
