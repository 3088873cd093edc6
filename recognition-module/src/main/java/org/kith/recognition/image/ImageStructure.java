package org.kith.recognition.image;

import org.kith.api.recognition.ImageErrors;
import org.kith.api.recognition.ImageRejectedException;

/**
 * Checks what a file's container says before a decoder believes it, in one linear pass with no
 * allocation: the number of JPEG scans (a progressive file with hundreds of scans is small on disk
 * but costs a full pass over the image per scan) and the size an embedded ICC profile declares
 * against the bytes that hold it (the JDK allocates the declared size up front, so a profile header
 * claiming gigabytes would exhaust the heap).
 */
final class ImageStructure {
  /** No camera or colour-management tool embeds a profile near this size. */
  static final long MAX_ICC_BYTES = 16L << 20;

  private static final byte[] ICC_TAG =
      "ICC_PROFILE\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private ImageStructure() {}

  /**
   * Refuses what the container's structure already shows to be too costly or implausible, and
   * answers the number of colour components a JPEG's frame header declares (0 when not a JPEG or
   * not found): four (CMYK, YCCK) are decoded as such before conversion to RGB.
   */
  static int check(byte[] data, ImageFormat format, ImageLimits limits) {
    switch (format) {
      case JPEG -> {
        return checkJpeg(data, limits);
      }
      case WEBP -> checkWebp(data);
      case PNG -> {
        // The JDK's PNG reader skips iCCP, text and every other ancillary chunk when told to
        // ignore metadata, as the decoder does.
      }
    }
    return 0;
  }

  private static boolean isFrameHeader(int marker) {
    return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
  }

  private static int checkJpeg(byte[] f, ImageLimits limits) {
    int components = 0;
    int scans = 0;
    long iccHeld = 0;
    long iccDeclared = -1;
    int p = 2;
    while (p + 4 <= f.length) {
      if (u8(f, p) != 0xff) {
        return components; // the decoder reports the corrupt structure as truncated
      }
      int marker = u8(f, p + 1);
      if (marker == 0xff) {
        p++;
        continue;
      }
      if (marker == 0xd9) {
        break;
      }
      if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
        p += 2;
        continue;
      }
      int length = (u8(f, p + 2) << 8) | u8(f, p + 3);
      if (length < 2 || p + 2 + length > f.length) {
        break;
      }
      if (isFrameHeader(marker) && length >= 8 && components == 0) {
        components = u8(f, p + 9);
      }
      if (marker == 0xe2 && length >= 2 + ICC_TAG.length + 2 && startsWith(f, p + 4, ICC_TAG)) {
        int chunk = p + 4 + ICC_TAG.length + 2;
        int held = p + 2 + length - chunk;
        if (iccDeclared < 0 && held >= 4) {
          iccDeclared = u32(f, chunk);
        }
        iccHeld += held;
      }
      p += 2 + length;
      if (marker == 0xda) {
        scans++;
        if (scans > limits.maxScans()) {
          throw new ImageRejectedException(
              ImageErrors.IMAGE_TOO_COMPLEX,
              "the JPEG has more than " + limits.maxScans() + " scans");
        }
        p = nextMarker(f, p);
      }
    }
    if (iccDeclared >= 0 && (iccDeclared > iccHeld || iccDeclared > MAX_ICC_BYTES)) {
      throw iccImplausible(iccDeclared, iccHeld);
    }
    return components;
  }

  /** The first marker after entropy-coded data: 0xFF followed by neither 0x00 nor a restart. */
  private static int nextMarker(byte[] f, int p) {
    while (p + 1 < f.length) {
      if (u8(f, p) == 0xff) {
        int next = u8(f, p + 1);
        if (next != 0x00 && !(next >= 0xd0 && next <= 0xd7) && next != 0xff) {
          return p;
        }
        p += next == 0xff ? 1 : 2;
      } else {
        p++;
      }
    }
    return f.length;
  }

  private static void checkWebp(byte[] f) {
    int p = 12;
    while (p + 8 <= f.length) {
      long length = u32le(f, p + 4);
      long held = Math.min(length, f.length - p - 8L);
      if (startsWith(f, p, new byte[] {'I', 'C', 'C', 'P'}) && held >= 4) {
        long declared = u32(f, p + 8);
        if (declared > held || declared > MAX_ICC_BYTES) {
          throw iccImplausible(declared, held);
        }
      }
      if (length > f.length - p - 8L) {
        return;
      }
      p += 8 + (int) ((length + 1) & ~1L);
    }
  }

  private static ImageRejectedException iccImplausible(long declared, long held) {
    return new ImageRejectedException(
        ImageErrors.IMAGE_METADATA_INVALID,
        "the embedded ICC profile declares " + declared + " bytes but holds " + held);
  }

  private static int u8(byte[] f, int p) {
    return f[p] & 0xff;
  }

  private static long u32(byte[] f, int p) {
    return ((long) u8(f, p) << 24) | (u8(f, p + 1) << 16) | (u8(f, p + 2) << 8) | u8(f, p + 3);
  }

  private static long u32le(byte[] f, int p) {
    return ((long) u8(f, p + 3) << 24) | (u8(f, p + 2) << 16) | (u8(f, p + 1) << 8) | u8(f, p);
  }

  private static boolean startsWith(byte[] f, int p, byte[] prefix) {
    if (p + prefix.length > f.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (f[p + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
