package org.kith.recognition.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.kith.recognition.testing.TestImages;

class ExifOrientationTest {
  /** A 3 × 2 raster whose red channel numbers the pixels 1..6 row by row. */
  private static RgbImage numbered() {
    byte[] rgb = new byte[18];
    for (int i = 0; i < 6; i++) {
      rgb[3 * i] = (byte) (i + 1);
    }
    return new RgbImage(3, 2, rgb);
  }

  private static String reds(RgbImage image) {
    StringBuilder s = new StringBuilder();
    for (int y = 0; y < image.height(); y++) {
      for (int x = 0; x < image.width(); x++) {
        s.append(image.channel(x, y, 0));
      }
      s.append('/');
    }
    return s.toString();
  }

  @Test
  void everyOrientationTurnsTheRasterAsExifDefines() {
    // Stored 123/456; shown as the tag says.
    assertEquals("123/456/", reds(ExifOrientation.apply(numbered(), 1)));
    assertEquals("321/654/", reds(ExifOrientation.apply(numbered(), 2)));
    assertEquals("654/321/", reds(ExifOrientation.apply(numbered(), 3)));
    assertEquals("456/123/", reds(ExifOrientation.apply(numbered(), 4)));
    assertEquals("14/25/36/", reds(ExifOrientation.apply(numbered(), 5)));
    assertEquals("41/52/63/", reds(ExifOrientation.apply(numbered(), 6)));
    assertEquals("63/52/41/", reds(ExifOrientation.apply(numbered(), 7)));
    assertEquals("36/25/14/", reds(ExifOrientation.apply(numbered(), 8)));
  }

  @Test
  void readsTheTagAndDefaultsToAsStored() {
    byte[] plain = TestImages.jpeg(TestImages.noFace(8, 8));
    assertEquals(1, ExifOrientation.read(plain));
    assertEquals(6, ExifOrientation.read(TestImages.withOrientation(plain, 6)));
    assertEquals(1, ExifOrientation.read(TestImages.textNamedJpeg()));
  }
}
