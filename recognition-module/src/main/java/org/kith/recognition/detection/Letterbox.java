package org.kith.recognition.detection;

import org.kith.recognition.image.RgbImage;

/**
 * An image of any size fitted into a square model input without distortion: scaled so its longer
 * side fills the square, centred, the rest padded. Maps model pixels back to image pixels.
 */
public record Letterbox(double scale, double padX, double padY, int size) {

  public static Letterbox fit(int width, int height, int size) {
    double scale = size / (double) Math.max(width, height);
    return new Letterbox(scale, (size - width * scale) / 2, (size - height * scale) / 2, size);
  }

  public double imageX(double inputX) {
    return (inputX - padX) / scale;
  }

  public double imageY(double inputY) {
    return (inputY - padY) / scale;
  }

  /**
   * The square as RGB 0..255 HWC, padding black. When shrinking by more than 2, each pixel averages
   * a 2 × 2 grid of bilinear samples, which keeps small faces from aliasing away. The mapping is
   * axis-aligned, so the taps are worked out once per column and once per row, not per pixel.
   */
  public float[] sample(RgbImage image) {
    float[] out = new float[size * size * 3];
    boolean supersample = scale < 0.5;
    double q = supersample ? 0.25 / scale : 0;
    Taps columns = Taps.along(size, i -> imageX(i + 0.5) - 0.5, image.width(), q);
    Taps rows = Taps.along(size, i -> imageY(i + 0.5) - 0.5, image.height(), q);
    float[] tap = new float[3];
    for (int y = 0; y < size; y++) {
      if (!rows.inside[y]) {
        continue;
      }
      for (int x = 0; x < size; x++) {
        if (!columns.inside[x]) {
          continue;
        }
        int p = (y * size + x) * 3;
        if (!supersample) {
          image.sample(
              columns.low[2 * x],
              columns.high[2 * x],
              columns.weight[2 * x],
              rows.low[2 * y],
              rows.high[2 * y],
              rows.weight[2 * y],
              out,
              p);
          continue;
        }
        for (int k = 0; k < 4; k++) {
          int cx = 2 * x + (k & 1);
          int cy = 2 * y + (k >> 1);
          image.sample(
              columns.low[cx],
              columns.high[cx],
              columns.weight[cx],
              rows.low[cy],
              rows.high[cy],
              rows.weight[cy],
              tap,
              0);
          out[p] += tap[0] / 4;
          out[p + 1] += tap[1] / 4;
          out[p + 2] += tap[2] / 4;
        }
      }
    }
    return out;
  }

  /**
   * For each output column (or row) {@code i}: whether it falls on the image, and the two source
   * pixels and weight of its taps at {@code −q} ({@code 2i}) and {@code +q} ({@code 2i + 1}),
   * clamped at the border exactly as {@link RgbImage#sample(double, double, float[], int)} does.
   */
  private record Taps(boolean[] inside, int[] low, int[] high, float[] weight) {
    static Taps along(
        int size, java.util.function.IntToDoubleFunction centre, int extent, double q) {
      boolean[] inside = new boolean[size];
      int[] low = new int[2 * size];
      int[] high = new int[2 * size];
      float[] weight = new float[2 * size];
      for (int i = 0; i < size; i++) {
        double c = centre.applyAsDouble(i);
        inside[i] = !(c < -0.5 || c > extent - 0.5);
        for (int side = 0; side < 2; side++) {
          double clamped = Math.max(0, Math.min(extent - 1, c + (side == 0 ? -q : q)));
          int at = 2 * i + side;
          low[at] = (int) clamped;
          high[at] = Math.min(low[at] + 1, extent - 1);
          weight[at] = (float) (clamped - low[at]);
        }
      }
      return new Taps(inside, low, high, weight);
    }
  }
}
