package org.kith.recognition.alignment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClaheTest {
  private static double spread(float[] rgb) {
    double sum = 0, squares = 0;
    int n = rgb.length / 3;
    for (int i = 0; i < n; i++) {
      sum += rgb[3 * i];
      squares += rgb[3 * i] * rgb[3 * i];
    }
    double mean = sum / n;
    return Math.sqrt(squares / n - mean * mean);
  }

  @Test
  void stretchesADimLowContrastCropButKeepsItsOrder() {
    int size = 64;
    float[] rgb = new float[size * size * 3];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        float v = 40 + 20f * x / size;
        for (int c = 0; c < 3; c++) {
          rgb[3 * (y * size + x) + c] = v;
        }
      }
    }
    double before = spread(rgb);
    Clahe.standard().apply(rgb, size, size);
    assertTrue(spread(rgb) > 1.5 * before, "contrast " + before + " -> " + spread(rgb));
    assertTrue(
        rgb[3 * (32 * size + 60)] > rgb[3 * (32 * size + 4)], "brighter side stays brighter");
    for (float v : rgb) {
      assertTrue(v >= 0 && v <= 255);
    }
  }
}
