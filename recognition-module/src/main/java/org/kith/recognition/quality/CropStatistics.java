package org.kith.recognition.quality;

/**
 * Illumination and sharpness of an aligned face crop: luma mean and standard deviation in [0, 1],
 * and the variance of its 4-neighbour Laplacian mapped to [0, 1] by {@code v / (v + 100)} (100 is
 * the variance, on 0..255 luma, at which a 112-pixel face looks just acceptably sharp).
 */
public record CropStatistics(double brightness, double contrast, double sharpness) {
  private static final double HALF_SHARP = 100;

  /** The statistics of an RGB 0..255 HWC crop, ignoring a margin of {@code border} pixels. */
  public static CropStatistics of(float[] rgb, int width, int height) {
    double[] luma = new double[width * height];
    for (int i = 0; i < luma.length; i++) {
      luma[i] = 0.299 * rgb[3 * i] + 0.587 * rgb[3 * i + 1] + 0.114 * rgb[3 * i + 2];
    }
    double sum = 0, squares = 0;
    for (double l : luma) {
      sum += l;
      squares += l * l;
    }
    double mean = sum / luma.length;
    double std = Math.sqrt(Math.max(0, squares / luma.length - mean * mean));
    double lsum = 0, lsquares = 0;
    int n = 0;
    for (int y = 1; y < height - 1; y++) {
      for (int x = 1; x < width - 1; x++) {
        int i = y * width + x;
        double lap = luma[i - 1] + luma[i + 1] + luma[i - width] + luma[i + width] - 4 * luma[i];
        lsum += lap;
        lsquares += lap * lap;
        n++;
      }
    }
    double lapMean = n == 0 ? 0 : lsum / n;
    double variance = n == 0 ? 0 : Math.max(0, lsquares / n - lapMean * lapMean);
    return new CropStatistics(mean / 255, std / 255, variance / (variance + HALF_SHARP));
  }
}
