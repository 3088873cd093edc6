package org.kith.recognition.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import org.junit.jupiter.api.Test;
import org.kith.api.recognition.ImageErrors;
import org.kith.api.recognition.ImageRejectedException;
import org.kith.recognition.testing.TestImages;

class ImageDecoderTest {
  private final ImageDecoder decoder = new ImageDecoder(ImageLimits.DEFAULT);

  private static void assertRefused(ImageErrors code, ImageDecoder decoder, byte[] data) {
    ImageRejectedException e =
        assertThrows(ImageRejectedException.class, () -> decoder.decode(data));
    assertEquals(code, e.errorCode());
  }

  @Test
  void refusesEachHostileInputWithItsCode() {
    assertRefused(ImageErrors.IMAGE_MISSING, decoder, new byte[0]);
    assertRefused(ImageErrors.IMAGE_TRUNCATED, decoder, TestImages.truncatedJpeg());
    assertRefused(ImageErrors.IMAGE_NOT_AN_IMAGE, decoder, TestImages.textNamedJpeg());
    assertRefused(ImageErrors.IMAGE_TOO_MANY_PIXELS, decoder, TestImages.hugePngHeader());
  }

  @Test
  void truncatedPngIsTruncated() {
    byte[] png = TestImages.png(TestImages.noFace(200, 100));
    assertRefused(
        ImageErrors.IMAGE_TRUNCATED, decoder, java.util.Arrays.copyOf(png, png.length / 2));
  }

  @Test
  void byteLimitIsCheckedBeforeAnythingElse() {
    ImageDecoder small = new ImageDecoder(new ImageLimits(100, 1_000_000));
    assertRefused(ImageErrors.IMAGE_TOO_LARGE, small, "x".repeat(150).getBytes());
    assertRefused(ImageErrors.IMAGE_TOO_LARGE, small, new byte[101]);
  }

  @Test
  void pixelLimitCountsTheHeaderNotTheBytes() {
    ImageDecoder tight = new ImageDecoder(new ImageLimits(10_000_000, 199 * 100));
    assertRefused(
        ImageErrors.IMAGE_TOO_MANY_PIXELS, tight, TestImages.png(TestImages.noFace(200, 100)));
  }

  @Test
  void cmykJpegDecodesToPlausibleRgb() {
    BufferedImage source = new BufferedImage(64, 48, BufferedImage.TYPE_3BYTE_BGR);
    for (int y = 0; y < 48; y++) {
      for (int x = 0; x < 64; x++) {
        source.setRGB(x, y, x < 32 ? 0xd02020 : 0x2020d0);
      }
    }
    RgbImage image = decoder.decode(TestImages.cmykJpeg(source));
    assertEquals(64, image.width());
    assertEquals(48, image.height());
    // Red on the left, blue on the right, whatever the CMYK convention of the writer.
    int leftRed = image.channel(8, 24, 0) - image.channel(8, 24, 2);
    int rightBlue = image.channel(56, 24, 2) - image.channel(56, 24, 0);
    assertEquals(true, leftRed > 60 && rightBlue > 60, leftRed + " / " + rightBlue);
  }

  @Test
  void sixteenBitGrayscalePngKeepsItsLevels() {
    BufferedImage gray = new BufferedImage(10, 10, BufferedImage.TYPE_USHORT_GRAY);
    WritableRaster raster = gray.getRaster();
    for (int y = 0; y < 10; y++) {
      for (int x = 0; x < 10; x++) {
        raster.setSample(x, y, 0, x < 5 ? 0x8000 : 0xffff);
      }
    }
    RgbImage image = decoder.decode(TestImages.png(gray));
    assertEquals(128, image.channel(1, 1, 0));
    assertEquals(128, image.channel(1, 1, 2));
    assertEquals(255, image.channel(8, 1, 1));
  }

  @Test
  void exifOrientationSixIsTurnedUpright() {
    BufferedImage upright = new BufferedImage(40, 20, BufferedImage.TYPE_3BYTE_BGR);
    for (int y = 0; y < 20; y++) {
      for (int x = 0; x < 40; x++) {
        upright.setRGB(x, y, x < 10 ? 0xffffff : 0x000000);
      }
    }
    RgbImage image = decoder.decode(TestImages.exifRotatedJpeg(upright));
    assertEquals(40, image.width());
    assertEquals(20, image.height());
    assertEquals(true, image.channel(3, 10, 0) > 200, "white band back on the left");
    assertEquals(true, image.channel(30, 10, 0) < 50);
  }
}
