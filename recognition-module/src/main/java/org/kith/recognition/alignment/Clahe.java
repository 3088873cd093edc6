package org.kith.recognition.alignment;

/**
 * Contrast-limited adaptive histogram equalisation (Zuiderveld 1994) on a face crop's luma, the
 * illumination normalisation of paper 001: per-tile histograms clipped at {@code clipLimit} times
 * the mean bin, interpolated bilinearly between tile centres. Colour is kept by scaling R, G and B
 * by the luma's change.
 */
public final class Clahe {
  private final int tiles;
  private final double clipLimit;

  public Clahe(int tiles, double clipLimit) {
    this.tiles = tiles;
    this.clipLimit = clipLimit;
  }

  /** OpenCV's usual setting for faces: 8 × 8 tiles, clip 2. */
  public static Clahe standard() {
    return new Clahe(8, 2.0);
  }

  /** Equalises an RGB 0..255 HWC crop in place. */
  public void apply(float[] rgb, int width, int height) {
    int[] luma = new int[width * height];
    for (int i = 0; i < luma.length; i++) {
      double y = 0.299 * rgb[3 * i] + 0.587 * rgb[3 * i + 1] + 0.114 * rgb[3 * i + 2];
      luma[i] = (int) Math.max(0, Math.min(255, Math.round(y)));
    }
    float[][][] maps = tileMaps(luma, width, height);
    double tw = width / (double) tiles;
    double th = height / (double) tiles;
    for (int y = 0; y < height; y++) {
      double gy = (y + 0.5) / th - 0.5;
      int ty0 = clamp((int) Math.floor(gy));
      int ty1 = clamp(ty0 + 1);
      double fy = Math.max(0, Math.min(1, gy - ty0));
      for (int x = 0; x < width; x++) {
        double gx = (x + 0.5) / tw - 0.5;
        int tx0 = clamp((int) Math.floor(gx));
        int tx1 = clamp(tx0 + 1);
        double fx = Math.max(0, Math.min(1, gx - tx0));
        int v = luma[y * width + x];
        double mapped =
            (1 - fy) * ((1 - fx) * maps[ty0][tx0][v] + fx * maps[ty0][tx1][v])
                + fy * ((1 - fx) * maps[ty1][tx0][v] + fx * maps[ty1][tx1][v]);
        double gain = v == 0 ? 1 : mapped / v;
        int p = 3 * (y * width + x);
        for (int c = 0; c < 3; c++) {
          rgb[p + c] = (float) Math.min(255, v == 0 ? mapped : rgb[p + c] * gain);
        }
      }
    }
  }

  private int clamp(int tile) {
    return Math.max(0, Math.min(tiles - 1, tile));
  }

  private float[][][] tileMaps(int[] luma, int width, int height) {
    float[][][] maps = new float[tiles][tiles][256];
    for (int ty = 0; ty < tiles; ty++) {
      for (int tx = 0; tx < tiles; tx++) {
        int x0 = tx * width / tiles;
        int x1 = (tx + 1) * width / tiles;
        int y0 = ty * height / tiles;
        int y1 = (ty + 1) * height / tiles;
        int[] hist = new int[256];
        for (int y = y0; y < y1; y++) {
          for (int x = x0; x < x1; x++) {
            hist[luma[y * width + x]]++;
          }
        }
        int count = Math.max(1, (x1 - x0) * (y1 - y0));
        int limit = Math.max(1, (int) (clipLimit * count / 256.0));
        int excess = 0;
        for (int i = 0; i < 256; i++) {
          if (hist[i] > limit) {
            excess += hist[i] - limit;
            hist[i] = limit;
          }
        }
        int share = excess / 256;
        int rest = excess % 256;
        long cdf = 0;
        for (int i = 0; i < 256; i++) {
          cdf += hist[i] + share + (i < rest ? 1 : 0);
          maps[ty][tx][i] = (float) (255.0 * cdf / count);
        }
      }
    }
    return maps;
  }
}
