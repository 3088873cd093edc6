package org.kith.recognition.image;

/**
 * What an image may cost before and while Kith decodes it: its size in bytes and its pixel count as
 * its header states (a few kilobytes can declare gigapixels, a decompression bomb), the memory its
 * decoding needs (pixels × bytes per pixel of the decoder's raster plus the RGB result, so a 16-bit
 * RGBA file costs what it costs, not what its pixel count suggests), the number of JPEG scans (each
 * progressive scan is a full pass over the image) and the time it may take.
 */
public record ImageLimits(
    long maxBytes, long maxPixels, long maxDecodeBytes, int maxScans, long maxDecodeMillis) {
  /**
   * 20 MB, 40 megapixels, 256 MiB to decode (a 40-megapixel 8-bit RGB photo needs 240 MB), 64 scans
   * (encoders write 10 or so) and 5 s: any phone or camera photo.
   */
  public static final ImageLimits DEFAULT =
      new ImageLimits(20_000_000L, 40_000_000L, 256L << 20, 64, 5_000);

  public ImageLimits {
    if (maxBytes < 1
        || maxPixels < 1
        || maxDecodeBytes < 1
        || maxScans < 1
        || maxDecodeMillis < 1) {
      throw new IllegalArgumentException("image limits must be positive");
    }
  }

  /** The byte and pixel limits with the default decoding budget. */
  public ImageLimits(long maxBytes, long maxPixels) {
    this(maxBytes, maxPixels, DEFAULT.maxDecodeBytes, DEFAULT.maxScans, DEFAULT.maxDecodeMillis);
  }
}
