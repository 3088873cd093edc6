package org.kith.recognition.image;

import org.kith.api.imaging.ExifOrientationTag;

/**
 * EXIF orientation (1–8): how the stored raster must be turned to show the scene upright. Phones
 * store portraits sideways and set this tag; faces are only found in the upright image.
 */
public final class ExifOrientation {
  private ExifOrientation() {}

  /**
   * The orientation tag, or 1 (as stored) when there is none or it cannot be read; read by a
   * bounded parser of the first IFD only, never by a general metadata library.
   */
  public static int read(byte[] file) {
    return ExifOrientationTag.read(file);
  }

  /** Whether the orientation swaps width and height (a quarter turn). */
  public static boolean swapsAxes(int orientation) {
    return orientation >= 5;
  }

  /** The upright image for a raster stored with the given orientation. */
  public static RgbImage apply(RgbImage stored, int orientation) {
    if (orientation <= 1 || orientation > 8) {
      return stored;
    }
    int w = stored.width();
    int h = stored.height();
    int ow = swapsAxes(orientation) ? h : w;
    int oh = swapsAxes(orientation) ? w : h;
    byte[] in = stored.data();
    byte[] out = new byte[in.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int tx;
        int ty;
        switch (orientation) {
          case 2 -> {
            tx = w - 1 - x;
            ty = y;
          }
          case 3 -> {
            tx = w - 1 - x;
            ty = h - 1 - y;
          }
          case 4 -> {
            tx = x;
            ty = h - 1 - y;
          }
          case 5 -> {
            tx = y;
            ty = x;
          }
          case 6 -> {
            tx = h - 1 - y;
            ty = x;
          }
          case 7 -> {
            tx = h - 1 - y;
            ty = w - 1 - x;
          }
          default -> {
            tx = y;
            ty = w - 1 - x;
          }
        }
        System.arraycopy(in, (y * w + x) * 3, out, (ty * ow + tx) * 3, 3);
      }
    }
    return new RgbImage(ow, oh, out);
  }
}
