package org.kith.recognition.image;

import java.util.Optional;

/** The formats Kith decodes, recognised by their magic bytes, never by name or content type. */
public enum ImageFormat {
  JPEG,
  PNG,
  WEBP;

  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  public static Optional<ImageFormat> sniff(byte[] data) {
    if (data.length >= 3
        && (data[0] & 0xff) == 0xff
        && (data[1] & 0xff) == 0xd8
        && (data[2] & 0xff) == 0xff) {
      return Optional.of(JPEG);
    }
    if (startsWith(data, PNG_MAGIC, 0)) {
      return Optional.of(PNG);
    }
    if (data.length >= 12
        && startsWith(data, new byte[] {'R', 'I', 'F', 'F'}, 0)
        && startsWith(data, new byte[] {'W', 'E', 'B', 'P'}, 8)) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] data, byte[] magic, int at) {
    if (data.length < at + magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (data[at + i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
