package org.kith.api.imaging;

/**
 * The EXIF orientation tag (1–8) of a JPEG, PNG or WebP file, read without a general metadata
 * parser. Only the first IFD is looked at and its entries are counted against the bytes that hold
 * them, so a chain of thousands of IFDs, an IFD that points at itself or an entry count of 65535
 * costs one bounded loop instead of a recursion or an allocation. Anything unexpected means "no
 * orientation" (1): a photo with broken EXIF is still a photo.
 */
public final class ExifOrientationTag {
  /** IFD0 of a camera photo has a few dozen entries; more is not a photo's EXIF. */
  static final int MAX_ENTRIES = 1000;

  /** JPEG segments walked before giving up: EXIF is in the first few of a well-formed file. */
  private static final int MAX_SEGMENTS = 64;

  private static final int TAG_ORIENTATION = 0x0112;

  private ExifOrientationTag() {}

  /** The orientation, or 1 (as stored) when there is none or it cannot be read. */
  public static int read(byte[] file) {
    if (file == null) {
      return 1;
    }
    int[] tiff = tiffBlock(file);
    return tiff == null ? 1 : orientation(file, tiff[0], tiff[1]);
  }

  /** Offset and length of the TIFF structure holding the EXIF, or null. */
  private static int[] tiffBlock(byte[] f) {
    if (f.length > 3 && u8(f, 0) == 0xff && u8(f, 1) == 0xd8) {
      return inJpeg(f);
    }
    if (f.length > 8 && u8(f, 0) == 0x89 && f[1] == 'P' && f[2] == 'N' && f[3] == 'G') {
      return inPng(f);
    }
    if (f.length > 12 && ascii(f, 0, "RIFF") && ascii(f, 8, "WEBP")) {
      return inWebp(f);
    }
    return null;
  }

  private static int[] inJpeg(byte[] f) {
    int p = 2;
    for (int segment = 0; segment < MAX_SEGMENTS && p + 4 <= f.length; segment++) {
      if (u8(f, p) != 0xff) {
        return null;
      }
      int marker = u8(f, p + 1);
      if (marker == 0xff) {
        p++; // fill byte
        continue;
      }
      if (marker == 0xda || marker == 0xd9) {
        return null; // image data starts: EXIF comes before it or not at all
      }
      int length = u16(f, p + 2, true);
      if (length < 2 || p + 2 + length > f.length) {
        return null;
      }
      if (marker == 0xe1 && length >= 8 && ascii(f, p + 4, "Exif") && f[p + 8] == 0) {
        return new int[] {p + 10, length - 8};
      }
      p += 2 + length;
    }
    return null;
  }

  private static int[] inPng(byte[] f) {
    int p = 8;
    while (p + 12 <= f.length) {
      long length = u32(f, p, true);
      if (length > f.length - p - 12) {
        return null;
      }
      if (ascii(f, p + 4, "eXIf")) {
        return new int[] {p + 8, (int) length};
      }
      if (ascii(f, p + 4, "IDAT") || ascii(f, p + 4, "IEND")) {
        return null;
      }
      p += 12 + (int) length;
    }
    return null;
  }

  private static int[] inWebp(byte[] f) {
    int p = 12;
    while (p + 8 <= f.length) {
      long length = u32(f, p + 4, false);
      if (length > f.length - p - 8) {
        return null;
      }
      if (ascii(f, p, "EXIF")) {
        int at = p + 8;
        int size = (int) length;
        // some writers keep the JPEG-style "Exif\0\0" prefix
        if (size > 6 && ascii(f, at, "Exif") && f[at + 4] == 0) {
          at += 6;
          size -= 6;
        }
        return new int[] {at, size};
      }
      p += 8 + (int) ((length + 1) & ~1L);
    }
    return null;
  }

  private static int orientation(byte[] f, int start, int size) {
    if (size < 8 || start + size > f.length) {
      return 1;
    }
    boolean bigEndian;
    if (f[start] == 'M' && f[start + 1] == 'M') {
      bigEndian = true;
    } else if (f[start] == 'I' && f[start + 1] == 'I') {
      bigEndian = false;
    } else {
      return 1;
    }
    if (u16(f, start + 2, bigEndian) != 42) {
      return 1;
    }
    long ifd = u32(f, start + 4, bigEndian);
    if (ifd < 8 || ifd > size - 2) {
      return 1;
    }
    int entries = u16(f, start + (int) ifd, bigEndian);
    if (entries > MAX_ENTRIES || ifd + 2 + 12L * entries > size) {
      return 1;
    }
    for (int i = 0; i < entries; i++) {
      int entry = start + (int) ifd + 2 + 12 * i;
      if (u16(f, entry, bigEndian) == TAG_ORIENTATION) {
        int type = u16(f, entry + 2, bigEndian);
        int value =
            type == 3
                ? u16(f, entry + 8, bigEndian)
                : type == 4 ? (int) u32(f, entry + 8, bigEndian) : 0;
        return value >= 1 && value <= 8 ? value : 1;
      }
    }
    return 1;
  }

  private static int u8(byte[] f, int p) {
    return f[p] & 0xff;
  }

  private static int u16(byte[] f, int p, boolean bigEndian) {
    return bigEndian ? (u8(f, p) << 8) | u8(f, p + 1) : (u8(f, p + 1) << 8) | u8(f, p);
  }

  private static long u32(byte[] f, int p, boolean bigEndian) {
    long a = u16(f, p, bigEndian);
    long b = u16(f, p + 2, bigEndian);
    return bigEndian ? (a << 16) | b : (b << 16) | a;
  }

  private static boolean ascii(byte[] f, int p, String s) {
    if (p + s.length() > f.length) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (f[p + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
