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
   * a 2 × 2 grid of bilinear samples, which keeps small faces from aliasing away.
   */
  public float[] sample(RgbImage image) {
    float[] out = new float[size * size * 3];
    float[] tap = new float[3];
    boolean supersample = scale < 0.5;
    double q = 0.25 / scale;
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        double ix = imageX(x + 0.5) - 0.5;
        double iy = imageY(y + 0.5) - 0.5;
        if (ix < -0.5 || iy < -0.5 || ix > image.width() - 0.5 || iy > image.height() - 0.5) {
          continue;
        }
        int p = (y * size + x) * 3;
        if (!supersample) {
          image.sample(ix, iy, out, p);
          continue;
        }
        for (int k = 0; k < 4; k++) {
          image.sample(ix + ((k & 1) == 0 ? -q : q), iy + (k < 2 ? -q : q), tap, 0);
          out[p] += tap[0] / 4;
          out[p + 1] += tap[1] / 4;
          out[p + 2] += tap[2] / 4;
        }
      }
    }
    return out;
  }
}
