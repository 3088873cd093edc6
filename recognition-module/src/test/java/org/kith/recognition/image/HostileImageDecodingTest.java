package org.kith.recognition.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kith.api.recognition.ImageErrors;
import org.kith.api.recognition.ImageRejectedException;
import org.kith.deploy.testing.HostileImages;
import org.kith.deploy.testing.HostileImages.Sample;

/**
 * The generated hostile set against the decoder alone: each file is analysed or refused with its
 * own code, within a bounded time, and nothing escapes as an Error.
 */
class HostileImageDecodingTest {
  private final ImageDecoder decoder = new ImageDecoder(ImageLimits.DEFAULT);

  private static ImageErrors refusal(ImageDecoder decoder, byte[] data) {
    return assertThrows(ImageRejectedException.class, () -> decoder.decode(data)).errorCode()
            instanceof ImageErrors e
        ? e
        : null;
  }

  @Test
  void everySampleIsDecodedOrRefusedWithItsCode() {
    List<String> wrong = new ArrayList<>();
    for (Sample sample : HostileImages.all()) {
      long start = System.nanoTime();
      String code;
      try {
        RgbImage image = decoder.decode(sample.bytes());
        code = image.width() > 0 ? null : "EMPTY";
      } catch (ImageRejectedException e) {
        code = e.errorCode().code();
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("%-36s %-24s %6d ms%n", sample.kind(), code == null ? "decoded" : code, ms);
      if (!java.util.Objects.equals(sample.expectedCode(), code)) {
        wrong.add(sample.kind() + ": expected " + sample.expectedCode() + ", got " + code);
      }
      if (ms > ImageLimits.DEFAULT.maxDecodeMillis() + 2_000) {
        wrong.add(sample.kind() + ": took " + ms + " ms");
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void manyScanProgressiveJpegIsRefusedBeforeDecoding() {
    byte[] jpeg = HostileImages.progressiveWithScans(HostileImages.gray(4000, 4000), 400);
    assertTrue(jpeg.length < 2_000_000, "small on disk: " + jpeg.length);
    assertEquals(400, HostileImages.scanSegments(jpeg).size());
    long start = System.nanoTime();
    assertEquals(ImageErrors.IMAGE_TOO_COMPLEX, refusal(decoder, jpeg));
    assertTrue((System.nanoTime() - start) < 1_000_000_000L, "refused from its structure");
  }

  @Test
  void decodingThatOverrunsItsTimeIsCancelledNotWaitedFor() {
    // The scan limit raised so only the clock stops this file: 300 full passes over 16 MP.
    ImageDecoder patient =
        new ImageDecoder(new ImageLimits(20_000_000L, 40_000_000L, 256L << 20, 1_000, 300));
    byte[] jpeg = HostileImages.progressiveWithScans(HostileImages.gray(4000, 4000), 300);
    long start = System.nanoTime();
    assertEquals(ImageErrors.IMAGE_DECODE_TIMEOUT, refusal(patient, jpeg));
    long ms = (System.nanoTime() - start) / 1_000_000;
    // The JDK's JPEG reader does not always report progress between the scans of a progressive
    // file, so the abort may come only at its end: the answer past the budget is still refused,
    // and the scan budget (64 by default) is what keeps such files from being decoded at all.
    System.out.println("REC-TEST a 300-scan 16 MP JPEG was refused after " + ms + " ms");
  }

  @Test
  void sixteenBitRgbaJustUnderThePixelLimitIsTooComplexNotAnOutOfMemoryError() {
    byte[] png = HostileImages.rgba16Png(6320, 6320);
    assertTrue(6320L * 6320 < ImageLimits.DEFAULT.maxPixels());
    assertEquals(ImageErrors.IMAGE_TOO_COMPLEX, refusal(decoder, png));
  }

  @Test
  void theLargestAllowedPhotoStillDecodes() {
    // 39.9 MP of 8-bit RGB: 240 MB to decode, within the 256 MiB budget
    java.awt.image.BufferedImage large =
        new java.awt.image.BufferedImage(7300, 5470, java.awt.image.BufferedImage.TYPE_3BYTE_BGR);
    byte[] jpeg = HostileImages.jpeg(large);
    large = null;
    RgbImage image = decoder.decode(jpeg);
    assertEquals(7300, image.width());
    assertEquals(5470, image.height());
  }

  @Test
  void cmykIsBudgetedAtFourBytesAPixel() {
    // 64 x 48 CMYK costs 64 * 48 * (4 + 3) bytes; one byte less of budget refuses it
    byte[] cmyk = HostileImages.cmykJpeg(HostileImages.gradient(64, 48));
    long cost = 64L * 48 * 7;
    assertEquals(
        64,
        new ImageDecoder(new ImageLimits(1_000_000, 1_000_000, cost, 64, 5_000))
            .decode(cmyk)
            .width());
    assertEquals(
        ImageErrors.IMAGE_TOO_COMPLEX,
        refusal(
            new ImageDecoder(new ImageLimits(1_000_000, 1_000_000, cost - 1, 64, 5_000)), cmyk));
  }

  @Test
  void sixteenBitRgbaWithinTheBudgetDecodesWithTransparencyOnWhite() {
    RgbImage image = decoder.decode(HostileImages.rgba16Png(300, 200));
    assertEquals(300, image.width());
    assertEquals(200, image.height());
    // alpha 0xc0c0 over white: the blue channel 0x8080 blends towards white
    int blue = image.channel(10, 10, 2);
    assertTrue(blue > 0x80 && blue < 0xd0, "blue " + blue);
  }

  @Test
  void chainedAndLoopingIfdsKeepTheOrientationOfTheFirst() {
    byte[] plain = HostileImages.jpeg(HostileImages.gradient(40, 20));
    RgbImage chained = decoder.decode(HostileImages.chainedIfds(plain, 8000, false));
    assertEquals(20, chained.width(), "orientation 6 from IFD0 turns the image");
    RgbImage looped = decoder.decode(HostileImages.chainedIfds(plain, 3, true));
    assertEquals(20, looped.width());
  }

  @Test
  void iccProfileClaimingGigabytesIsRefusedBeforeAnyAllocation() {
    byte[] jpeg =
        HostileImages.withIccClaiming(
            HostileImages.jpeg(HostileImages.gradient(16, 16)), 0x7fff_fff0L);
    assertEquals(ImageErrors.IMAGE_METADATA_INVALID, refusal(decoder, jpeg));
  }

  @Test
  void textChunkBombInAPngIsNeverInflated() {
    byte[] png = HostileImages.pngWithTextBomb(200 << 20);
    long start = System.nanoTime();
    RgbImage image = decoder.decode(png);
    assertEquals(32, image.width());
    assertTrue((System.nanoTime() - start) < 1_000_000_000L, "the zTXt chunk is skipped");
  }

  @Test
  void everyOrientationPutsTheMarkedCornerTopLeft() {
    // A 4x2 image, its stored top-left pixel white, everything else black.
    BufferedImage stored = new BufferedImage(32, 16, BufferedImage.TYPE_3BYTE_BGR);
    for (int y = 0; y < 8; y++) {
      for (int x = 0; x < 8; x++) {
        stored.setRGB(x, y, 0xffffff);
      }
    }
    byte[] jpeg = HostileImages.jpeg(stored);
    // where the stored top-left corner appears after turning upright, per orientation
    String[] corner = {"", "TL", "TR", "BR", "BL", "TL", "TR", "BR", "BL"};
    for (int o = 1; o <= 8; o++) {
      RgbImage image = decoder.decode(HostileImages.withOrientation(jpeg, o));
      boolean swapped = o >= 5;
      assertEquals(swapped ? 16 : 32, image.width(), "orientation " + o);
      int w = image.width();
      int h = image.height();
      int x = corner[o].endsWith("L") ? 2 : w - 3;
      int y = corner[o].startsWith("T") ? 2 : h - 3;
      assertTrue(image.channel(x, y, 0) > 200, "orientation " + o + " corner " + corner[o]);
      assertTrue(image.channel(w - 1 - x, h - 1 - y, 0) < 60, "orientation " + o);
    }
  }

  @Test
  void oneByOneImagesDecode() {
    assertEquals(1, decoder.decode(HostileImages.jpeg(HostileImages.gradient(1, 1))).width());
    assertEquals(1, decoder.decode(HostileImages.png(HostileImages.gradient(1, 1))).height());
  }

  @Test
  void capacityLetsTwoOfTheLargestDecodeAtOnceAndMakesTheThirdWait() throws Exception {
    // 100 MiB capacity, each image claiming 40 MiB: two fit, the third waits and is told busy.
    ImageLimits limits = new ImageLimits(20_000_000L, 40_000_000L, 50L << 20, 64, 300);
    ImageDecoder shared = new ImageDecoder(limits, new DecodeCapacity(100L << 20));
    byte[] big = HostileImages.jpeg(HostileImages.gradient(2400, 2800)); // 6.7 MP ≈ 38.5 MiB
    CountDownLatch holding = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger inside = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> running = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        running.add(
            pool.submit(
                () ->
                    shared.decode(
                        big,
                        image -> {
                          inside.incrementAndGet();
                          holding.countDown();
                          try {
                            release.await(10, TimeUnit.SECONDS);
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                          return image.width();
                        })));
      }
      assertTrue(holding.await(20, TimeUnit.SECONDS), "two decodes run side by side");
      assertEquals(ImageErrors.IMAGE_DECODER_BUSY, refusal(shared, big));
      release.countDown();
      for (Future<Integer> f : running) {
        assertEquals(2400, f.get(20, TimeUnit.SECONDS));
      }
      assertEquals(2400, shared.decode(big).width(), "capacity is given back");
      assertEquals(2, inside.get());
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }
}
