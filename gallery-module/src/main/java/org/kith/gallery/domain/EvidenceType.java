package org.kith.gallery.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file accepted as consent evidence (a scanned or signed form, a photo of it), each
 * recognised by its leading bytes so that a file is stored only as what it really is.
 */
public enum EvidenceType {
  PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

  private final String mediaType;
  private final String extension;
  private final byte[] magic;

  EvidenceType(String mediaType, String extension, byte[] magic) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.magic = magic;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** The type a {@code Content-Type} header names, parameters and case ignored. */
  public static Optional<EvidenceType> ofMediaType(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    String base = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.mediaType.equals(base)).findFirst();
  }

  /** Whether the bytes begin as a file of this type does. */
  public boolean matches(byte[] content) {
    return content != null
        && content.length >= magic.length
        && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }
}
