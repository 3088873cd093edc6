package org.kith.recognition.image;

/**
 * What an image may cost before Kith decodes it: its size in bytes and its pixel count as its
 * header states (a few kilobytes can declare gigapixels, a decompression bomb).
 */
public record ImageLimits(long maxBytes, long maxPixels) {
  /** 20 MB and 40 megapixels: any phone or camera photo, at most ≈120 MB of RGB raster. */
  public static final ImageLimits DEFAULT = new ImageLimits(20_000_000L, 40_000_000L);

  public ImageLimits {
    if (maxBytes < 1 || maxPixels < 1) {
      throw new IllegalArgumentException("image limits must be positive");
    }
  }
}
