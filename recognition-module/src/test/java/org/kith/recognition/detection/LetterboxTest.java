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
