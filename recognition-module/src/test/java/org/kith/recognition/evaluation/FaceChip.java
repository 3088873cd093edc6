package org.kith.recognition.evaluation;

import java.awt.image.BufferedImage;

/**
 * A square face chip placed by a least-squares similarity from five landmarks to a unit template,
 * padded on every side: dlib's {@code get_face_chip_details(shape, size, padding)} and {@code
 * extract_image_chip} geometry (dlib/image_transforms/interpolation.h), which the dlib face
 * descriptor was trained on with size 150 and padding 0.25.
 *
 * <p>dlib spreads the chip's pixels 0..size−1 over a rectangle of side {@code size · scale − 1}
 * centred where the similarity puts the chip centre, samples bilinearly, truncates to 8 bits and
 * leaves pixels whose neighbourhood leaves the image black. (dlib also blurs through an image
 * pyramid when the face is more than about twice the chip's size; a pipeline that sees large faces
 * should downscale before sampling.)
 */
final class FaceChip {
  /**
   * dlib's 5-point template on the unit square, in the order of its 5-point predictor: the
   * subject's left eye outer and inner corner (image right), right eye outer and inner corner
   * (image left), base of the nose.
   */
  static final double[][] DLIB_5 = {
    {0.8595674595992, 0.2134981538014},
    {0.6460604764104, 0.2289674387677},
    {0.1205750620789, 0.2137274526848},
    {0.3340850613712, 0.2290642403242},
    {0.4901123135679, 0.6277975316475}
  };

  /** FaceMesh indices for {@link #DLIB_5}'s points; 2 is the mesh's subnasale. */
  static final int[] FACEMESH_DLIB_5 = {263, 362, 33, 133, 2};

  private final double[][] unitTemplate;
  private final int size;
  private final double padding;

  FaceChip(double[][] unitTemplate, int size, double padding) {
    this.unitTemplate = unitTemplate;
    this.size = size;
    this.padding = padding;
  }

  static FaceChip dlib150() {
    return new FaceChip(DLIB_5, 150, 0.25);
  }

  /** Chip pixel → image pixel as {a, b, tx, ty}: image = [a −b; b a]·chip + t. */
  double[] transform(double[][] points) {
    double[][] chipPoints = new double[unitTemplate.length][];
    for (int i = 0; i < chipPoints.length; i++) {
      chipPoints[i] =
          new double[] {
            (padding + unitTemplate[i][0]) / (2 * padding + 1) * size,
            (padding + unitTemplate[i][1]) / (2 * padding + 1) * size
          };
    }
    double[] t = Images.similarity(chipPoints, points);
    double scale = Math.hypot(t[0], t[1]);
    double half = size / 2.0;
    double cx = t[0] * half - t[1] * half + t[2];
    double cy = t[1] * half + t[0] * half + t[3];
    double step = (size * scale - 1) / (size - 1) / scale;
    double a = t[0] * step;
    double b = t[1] * step;
    double mid = (size - 1) / 2.0;
    return new double[] {a, b, cx - (a * mid - b * mid), cy - (b * mid + a * mid)};
  }

  /** The chip, size × size, RGB 0..255 (whole numbers, as dlib's 8-bit chip), row-major HWC. */
  float[] extract(BufferedImage image, double[][] points) {
    double[] t = transform(points);
    int w = image.getWidth();
    int h = image.getHeight();
    float[] out = new float[size * size * 3];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        double ix = t[0] * x - t[1] * y + t[2];
        double iy = t[1] * x + t[0] * y + t[3];
        int left = (int) Math.floor(ix);
        int top = (int) Math.floor(iy);
        if (left < 0 || top < 0 || left + 1 >= w || top + 1 >= h) {
          continue; // black, as dlib leaves it
        }
        double fx = ix - left;
        double fy = iy - top;
        int[] p = {
          image.getRGB(left, top),
          image.getRGB(left + 1, top),
          image.getRGB(left, top + 1),
          image.getRGB(left + 1, top + 1)
        };
        for (int c = 0; c < 3; c++) {
          int shift = 16 - 8 * c;
          double v =
              (1 - fy) * ((1 - fx) * ((p[0] >> shift) & 0xff) + fx * ((p[1] >> shift) & 0xff))
                  + fy * ((1 - fx) * ((p[2] >> shift) & 0xff) + fx * ((p[3] >> shift) & 0xff));
          out[(y * size + x) * 3 + c] = (float) Math.floor(v);
        }
      }
    }
    return out;
  }

  /** dlib's five points out of a FaceMesh (468 × (x, y) in image pixels). */
  static double[][] fromMesh(double[][] mesh, int[] indices) {
    double[][] points = new double[indices.length][];
    for (int i = 0; i < indices.length; i++) {
      points[i] = mesh[indices[i]].clone();
    }
    return points;
  }
}
