package org.kith.recognition.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.kith.recognition.image.RgbImage;

/** dlib's chip geometry: template placement, padding, rotation, and its pixel-spreading rule. */
class FaceChipTest {
  private static final FaceChip CHIP = FaceChip.dlib150();

  /** Where dlib puts the template's points in a 150-pixel chip with 25 % padding. */
  private static double[][] chipPoints() {
    double[][] p = new double[5][];
    for (int i = 0; i < 5; i++) {
      p[i] =
          new double[] {
            (0.25 + FaceChip.DLIB_5[i][0]) / 1.5 * 150, (0.25 + FaceChip.DLIB_5[i][1]) / 1.5 * 150
          };
    }
    return p;
  }

  @Test
  void landmarksAlreadyOnTheTemplateGiveTheIdentityShiftedHalfAPixel() {
    SimilarityTransform t = CHIP.chipToImage(chipPoints());
    assertEquals(1, t.a(), 1e-9);
    assertEquals(0, t.b(), 1e-9);
    // dlib centres pixels 0..149 (middle 74.5) on the similarity's chip centre (75)
    assertEquals(0.5, t.tx(), 1e-9);
    assertEquals(0.5, t.ty(), 1e-9);
  }

  @Test
  void rotatedScaledShiftedFaceIsUndone() {
    double angle = Math.toRadians(30);
    double scale = 2;
    double a = scale * Math.cos(angle);
    double b = scale * Math.sin(angle);
    double[][] image = new double[5][];
    double[][] chip = chipPoints();
    for (int i = 0; i < 5; i++) {
      image[i] =
          new double[] {a * chip[i][0] - b * chip[i][1] + 40, b * chip[i][0] + a * chip[i][1] + 25};
    }
    SimilarityTransform t = CHIP.chipToImage(image);
    assertEquals(angle, Math.atan2(t.b(), t.a()), 1e-9);
    // dlib spreads pixels 0..149 over a side of 150·scale − 1
    assertEquals((150 * scale - 1) / 149, t.scale(), 1e-9);
    // ... centred where the similarity puts the chip's centre
    double mid = 74.5;
    assertEquals(a * 75 - b * 75 + 40, t.x(mid, mid), 1e-9);
    assertEquals(b * 75 + a * 75 + 25, t.y(mid, mid), 1e-9);
  }

  @Test
  void pixelsOutsideTheImageStayBlackAndInsideAreTruncatedLikeDlib() {
    byte[] rgb = new byte[150 * 150 * 3];
    for (int y = 0; y < 150; y++) {
      for (int x = 0; x < 150; x++) {
        int p = (y * 150 + x) * 3;
        rgb[p] = (byte) x;
        rgb[p + 1] = 100;
        rgb[p + 2] = 7;
      }
    }
    // landmarks on the template: chip column x samples image column x + 0.5
    float[] chip = CHIP.extract(new RgbImage(150, 150, rgb), chipPoints());
    int row = 75 * 150 * 3;
    assertEquals(10f, chip[row + 10 * 3], "10.5 truncates to 10");
    assertEquals(100f, chip[row + 10 * 3 + 1]);
    assertEquals(0f, chip[row + 149 * 3 + 1], "the last column samples beyond the image");
  }

  @Test
  void chipOfOneSizeRefusesAnotherInputSize() {
    RgbImage image = new RgbImage(2, 2, new byte[12]);
    assertThrows(IllegalArgumentException.class, () -> CHIP.extract(image, chipPoints(), 112));
  }
}
