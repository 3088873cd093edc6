package org.kith.recognition.alignment;

import org.kith.recognition.image.RgbImage;

/**
 * A square face chip placed by a least-squares similarity from five landmarks to dlib's unit
 * template, padded on every side: dlib's {@code get_face_chip_details(shape, size, padding)} and
 * {@code extract_image_chip} geometry (dlib/image_transforms/interpolation.h), which the dlib face
 * descriptor was trained on with size 150 and padding 0.25. Reproduced exactly, since the
 * descriptor loses accuracy on any other crop.
 *
 * <p>dlib spreads the chip's pixels 0..size−1 over a rectangle of side {@code size · scale − 1}
 * centred where the similarity puts the chip centre, samples bilinearly, truncates to 8 bits and
 * leaves pixels whose neighbourhood leaves the image black. (dlib also blurs through an image
 * pyramid when the face is more than about twice the chip's size; that is not reproduced.)
 */
public record FaceChip(int size, double padding) implements FaceCrop {
  /** The manifest's name for this crop. */
  public static final String NAME = "dlib-chip";

  /**
   * dlib's 5-point template on the unit square, in the order of its 5-point predictor: the
   * subject's left eye outer and inner corner (image right), right eye outer and inner corner
   * (image left), base of the nose.
   */
  public static final double[][] DLIB_5 = {
    {0.8595674595992, 0.2134981538014},
    {0.6460604764104, 0.2289674387677},
    {0.1205750620789, 0.2137274526848},
    {0.3340850613712, 0.2290642403242},
    {0.4901123135679, 0.6277975316475}
  };

  public FaceChip {
    if (size < 2 || padding < 0) {
      throw new IllegalArgumentException("a face chip needs size ≥ 2 and padding ≥ 0");
    }
  }

  /** dlib's chip for its face descriptor: 150 pixels, 25 % padding. */
  public static FaceChip dlib150() {
    return new FaceChip(150, 0.25);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Landmarks landmarks() {
    return Landmarks.EYE_CORNERS_NOSE_BASE;
  }

  /** Where the padded template puts the five points in the chip, in chip pixels. */
  public double[][] chipPoints() {
    double[][] out = new double[DLIB_5.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] =
          new double[] {
            (padding + DLIB_5[i][0]) / (2 * padding + 1) * size,
            (padding + DLIB_5[i][1]) / (2 * padding + 1) * size
          };
    }
    return out;
  }

  /** Chip pixel → image pixel for five image points in {@link Landmarks#EYE_CORNERS_NOSE_BASE}. */
  public SimilarityTransform chipToImage(double[][] points) {
    SimilarityTransform t = SimilarityTransform.estimate(chipPoints(), points);
    double scale = t.scale();
    double half = size / 2.0;
    double cx = t.x(half, half);
    double cy = t.y(half, half);
    // dlib spreads pixels 0..size−1 over size·scale − 1 image pixels, centred on the chip centre
    double step = (size * scale - 1) / (size - 1) / scale;
    double a = t.a() * step;
    double b = t.b() * step;
    double mid = (size - 1) / 2.0;
    return new SimilarityTransform(a, b, cx - (a * mid - b * mid), cy - (b * mid + a * mid));
  }

  /** The chip, size × size, RGB 0..255 (whole numbers, as dlib's 8-bit chip), row-major HWC. */
  public float[] extract(RgbImage image, double[][] points) {
    SimilarityTransform t = chipToImage(points);
    int w = image.width();
    int h = image.height();
    float[] out = new float[size * size * 3];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        double ix = t.x(x, y);
        double iy = t.y(x, y);
        int left = (int) Math.floor(ix);
        int top = (int) Math.floor(iy);
        if (left < 0 || top < 0 || left + 1 >= w || top + 1 >= h) {
          continue; // black, as dlib leaves it
        }
        double fx = ix - left;
        double fy = iy - top;
        for (int c = 0; c < 3; c++) {
          double v =
              (1 - fy)
                      * ((1 - fx) * image.channel(left, top, c)
                          + fx * image.channel(left + 1, top, c))
                  + fy
                      * ((1 - fx) * image.channel(left, top + 1, c)
                          + fx * image.channel(left + 1, top + 1, c));
          out[(y * size + x) * 3 + c] = (float) Math.floor(v);
        }
      }
    }
    return out;
  }

  @Override
  public float[] extract(RgbImage image, double[][] points, int crop) {
    if (crop != size) {
      throw new IllegalArgumentException(
          "a " + size + "-pixel dlib chip cannot fill a " + crop + "-pixel input");
    }
    return extract(image, points);
  }
}
