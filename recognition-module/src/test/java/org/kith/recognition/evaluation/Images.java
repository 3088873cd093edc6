package org.kith.recognition.evaluation;

import java.awt.image.BufferedImage;
import org.kith.recognition.alignment.SimilarityTransform;
import org.kith.recognition.image.RgbImage;

/** Bilinear sampling and similarity alignment onto a template, in plain Java. */
final class Images {
  /** ArcFace's 112-pixel template: eyes, nose tip, mouth centre (mean of the mouth corners). */
  static final double[][] ARCFACE_4 = {
    {38.2946, 51.6963}, {73.5318, 51.5014}, {56.0252, 71.7366}, {56.1396, 92.2848}
  };

  /** ArcFace's 112-pixel five-point template: eyes, nose tip, mouth corners. */
  static final double[][] ARCFACE_5 = {
    {38.2946, 51.6963},
    {73.5318, 51.5014},
    {56.0252, 71.7366},
    {41.5493, 92.3655},
    {70.7299, 92.2041}
  };

  private Images() {}

  /** The image as the pipeline's 8-bit RGB raster. */
  static RgbImage rgb(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    byte[] rgb = new byte[w * h * 3];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int p = image.getRGB(x, y);
        int i = (y * w + x) * 3;
        rgb[i] = (byte) (p >> 16);
        rgb[i + 1] = (byte) (p >> 8);
        rgb[i + 2] = (byte) p;
      }
    }
    return new RgbImage(w, h, rgb);
  }

  /** RGB at a sub-pixel position, clamped at the border. */
  static float[] sample(BufferedImage image, double x, double y) {
    int w = image.getWidth();
    int h = image.getHeight();
    x = Math.max(0, Math.min(w - 1, x));
    y = Math.max(0, Math.min(h - 1, y));
    int x0 = (int) x;
    int y0 = (int) y;
    int x1 = Math.min(x0 + 1, w - 1);
    int y1 = Math.min(y0 + 1, h - 1);
    double fx = x - x0;
    double fy = y - y0;
    float[] out = new float[3];
    int[] p = {
      image.getRGB(x0, y0), image.getRGB(x1, y0), image.getRGB(x0, y1), image.getRGB(x1, y1)
    };
    double[] wts = {(1 - fx) * (1 - fy), fx * (1 - fy), (1 - fx) * fy, fx * fy};
    for (int c = 0; c < 3; c++) {
      int shift = 16 - 8 * c;
      double v = 0;
      for (int k = 0; k < 4; k++) {
        v += wts[k] * ((p[k] >> shift) & 0xff);
      }
      out[c] = (float) v;
    }
    return out;
  }

  /**
   * Least-squares similarity (Umeyama) taking the template to the image points: returns {a, b, tx,
   * ty} with image = [a −b; b a]·template + t, which is what warping needs.
   */
  static double[] similarity(double[][] template, double[][] points) {
    SimilarityTransform t = SimilarityTransform.estimate(template, points);
    return new double[] {t.a(), t.b(), t.tx(), t.ty()};
  }

  /** The aligned crop, size × size, RGB 0..255, row-major HWC. */
  static float[] align(BufferedImage image, double[][] points, int size) {
    double[][] base = points.length == 5 ? ARCFACE_5 : ARCFACE_4;
    double scale = size / 112.0;
    double[][] template = new double[base.length][];
    for (int i = 0; i < template.length; i++) {
      template[i] = new double[] {base[i][0] * scale, base[i][1] * scale};
    }
    return warp(image, similarity(template, points), size);
  }

  /** Writes an RGB 0..255 HWC crop as a PNG, for checking an alignment by eye. */
  static void write(float[] hwc, int size, java.nio.file.Path file) throws java.io.IOException {
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        int i = (y * size + x) * 3;
        int r = Math.max(0, Math.min(255, Math.round(hwc[i])));
        int g = Math.max(0, Math.min(255, Math.round(hwc[i + 1])));
        int b = Math.max(0, Math.min(255, Math.round(hwc[i + 2])));
        image.setRGB(x, y, (r << 16) | (g << 8) | b);
      }
    }
    javax.imageio.ImageIO.write(image, "png", file.toFile());
  }

  /** Samples the image through a crop → image similarity {a, b, tx, ty}. */
  static float[] warp(BufferedImage image, double[] t, int size) {
    float[] out = new float[size * size * 3];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        double ix = t[0] * x - t[1] * y + t[2];
        double iy = t[1] * x + t[0] * y + t[3];
        System.arraycopy(sample(image, ix, iy), 0, out, (y * size + x) * 3, 3);
      }
    }
    return out;
  }
}
