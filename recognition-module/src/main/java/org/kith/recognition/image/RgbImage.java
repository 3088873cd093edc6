package org.kith.recognition.image;

/**
 * A decoded, oriented image as 8-bit RGB, interleaved row by row. The one pixel format every later
 * stage reads, whatever the file held (CMYK, grayscale, 16-bit, palette).
 */
public final class RgbImage {
  private final int width;
  private final int height;
  private final byte[] rgb;

  public RgbImage(int width, int height, byte[] rgb) {
    if (width < 1 || height < 1 || rgb.length != width * height * 3) {
      throw new IllegalArgumentException("raster does not match " + width + "x" + height);
    }
    this.width = width;
    this.height = height;
    this.rgb = rgb;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** The raw bytes (not copied: callers must not change them). */
  public byte[] data() {
    return rgb;
  }

  public int channel(int x, int y, int c) {
    return rgb[(y * width + x) * 3 + c] & 0xff;
  }

  /**
   * Bilinear RGB at a sub-pixel position (pixel centres at integers), clamped at the border, into
   * {@code out[offset..offset+2]} as 0..255.
   */
  public void sample(double x, double y, float[] out, int offset) {
    double cx = Math.max(0, Math.min(width - 1, x));
    double cy = Math.max(0, Math.min(height - 1, y));
    int x0 = (int) cx;
    int y0 = (int) cy;
    sample(
        x0,
        Math.min(x0 + 1, width - 1),
        (float) (cx - x0),
        y0,
        Math.min(y0 + 1, height - 1),
        (float) (cy - y0),
        out,
        offset);
  }

  /**
   * Bilinear RGB between columns {@code x0, x1} and rows {@code y0, y1} with weights {@code fx, fy}
   * of the second, for callers that resample a whole grid and work out the taps once per column and
   * row.
   */
  public void sample(int x0, int x1, float fx, int y0, int y1, float fy, float[] out, int offset) {
    int p00 = (y0 * width + x0) * 3;
    int p10 = (y0 * width + x1) * 3;
    int p01 = (y1 * width + x0) * 3;
    int p11 = (y1 * width + x1) * 3;
    for (int c = 0; c < 3; c++) {
      float top = (rgb[p00 + c] & 0xff) * (1 - fx) + (rgb[p10 + c] & 0xff) * fx;
      float bottom = (rgb[p01 + c] & 0xff) * (1 - fx) + (rgb[p11 + c] & 0xff) * fx;
      out[offset + c] = top * (1 - fy) + bottom * fy;
    }
  }

  /** The same image mirrored left to right. */
  public RgbImage mirrored() {
    byte[] out = new byte[rgb.length];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        System.arraycopy(rgb, (y * width + x) * 3, out, (y * width + width - 1 - x) * 3, 3);
      }
    }
    return new RgbImage(width, height, out);
  }
}
