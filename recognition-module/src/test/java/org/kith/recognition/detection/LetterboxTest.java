package org.kith.recognition.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.kith.recognition.image.RgbImage;

class LetterboxTest {
  @Test
  void wideImageIsCentredVerticallyAndMapsBack() {
    Letterbox box = Letterbox.fit(640, 480, 256);
    assertEquals(0.4, box.scale(), 1e-12);
    assertEquals(0, box.padX(), 1e-12);
    assertEquals(32, box.padY(), 1e-12);
    assertEquals(320, box.imageX(128), 1e-9);
    assertEquals(240, box.imageY(128), 1e-9);
  }

  @Test
  void paddingIsBlackAndTheImageLandsInside() {
    byte[] white = new byte[100 * 50 * 3];
    java.util.Arrays.fill(white, (byte) 255);
    float[] input = Letterbox.fit(100, 50, 20).sample(new RgbImage(100, 50, white));
    assertEquals(0, input[(1 * 20 + 10) * 3], 1e-6); // top padding row
    assertEquals(255, input[(10 * 20 + 10) * 3], 1e-3); // centre
  }

  @Test
  void gridTapsGiveExactlyThePerPixelBilinearSamples() {
    java.util.Random random = new java.util.Random(7);
    int[][] sizes = {{640, 480}, {480, 640}, {200, 150}, {97, 300}, {3000, 41}};
    for (int[] wh : sizes) {
      byte[] rgb = new byte[wh[0] * wh[1] * 3];
      random.nextBytes(rgb);
      RgbImage image = new RgbImage(wh[0], wh[1], rgb);
      Letterbox box = Letterbox.fit(wh[0], wh[1], 256);
      float[] fast = box.sample(image);
      float[] reference = perPixel(box, image);
      for (int i = 0; i < reference.length; i++) {
        assertEquals(reference[i], fast[i], 0f, "sample " + i + " of " + wh[0] + "x" + wh[1]);
      }
    }
  }

  /** The letterbox computed the plain way, every tap's position worked out per pixel. */
  private static float[] perPixel(Letterbox box, RgbImage image) {
    int size = box.size();
    float[] out = new float[size * size * 3];
    float[] tap = new float[3];
    double q = 0.25 / box.scale();
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        double ix = box.imageX(x + 0.5) - 0.5;
        double iy = box.imageY(y + 0.5) - 0.5;
        if (ix < -0.5 || iy < -0.5 || ix > image.width() - 0.5 || iy > image.height() - 0.5) {
          continue;
        }
        int p = (y * size + x) * 3;
        if (box.scale() >= 0.5) {
          image.sample(ix, iy, out, p);
          continue;
        }
        for (int k = 0; k < 4; k++) {
          image.sample(ix + ((k & 1) == 0 ? -q : q), iy + (k < 2 ? -q : q), tap, 0);
          for (int c = 0; c < 3; c++) {
            out[p + c] += tap[c] / 4;
          }
        }
      }
    }
    return out;
  }

  @Test
  void anchorsFollowTheModelsTwoLayers() {
    assertEquals(8, BlazeFaceAnchors.centre(0)[0], 1e-12);
    assertEquals(8, BlazeFaceAnchors.centre(1)[0], 1e-12);
    assertEquals(24, BlazeFaceAnchors.centre(2)[0], 1e-12);
    assertEquals(16, BlazeFaceAnchors.centre(512)[0], 1e-12);
    assertEquals(16, BlazeFaceAnchors.centre(517)[0], 1e-12);
    assertEquals(48, BlazeFaceAnchors.centre(518)[0], 1e-12);
    assertEquals(240, BlazeFaceAnchors.centre(895)[1], 1e-12);
  }
}
