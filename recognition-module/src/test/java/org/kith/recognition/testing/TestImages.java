package org.kith.recognition.testing;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import org.junit.jupiter.api.Assumptions;

/**
 * Images the tests make themselves: the hostile set (zero bytes, truncated, text named .jpg, a
 * 30000 × 30000 PNG header, CMYK, EXIF-rotated, no face, twenty faces) and portraits from the
 * shared faces-dev set, which tests needing a real face skip without.
 */
public final class TestImages {
  private TestImages() {}

  /** The shared faces-dev folder, or the test is skipped with the reason. */
  public static Path facesDev() {
    Path dir = Path.of(System.getProperty("kith.shared.dir", "../../shared"), "data", "faces-dev");
    if (!Files.isDirectory(dir)) {
      dir = Path.of("../../shared/data/faces-dev");
    }
    Assumptions.assumeTrue(
        Files.isDirectory(dir),
        "faces-dev is not at " + dir.toAbsolutePath() + "; tests with real faces are skipped");
    return dir;
  }

  /** The first {@code n} identities' first portraits, in name order. */
  public static List<Path> portraits(int n) {
    try (Stream<Path> people = Files.list(facesDev())) {
      return people
          .filter(Files::isDirectory)
          .sorted()
          .map(TestImages::firstJpeg)
          .flatMap(Optional::stream)
          .limit(n)
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<Path> firstJpeg(Path person) {
    try (Stream<Path> files = Files.list(person)) {
      return files.filter(p -> p.toString().endsWith(".jpg")).sorted().findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  public static BufferedImage read(Path file) {
    try {
      BufferedImage image = ImageIO.read(file.toFile());
      BufferedImage rgb =
          new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
      Graphics2D g = rgb.createGraphics();
      g.drawImage(image, 0, 0, null);
      g.dispose();
      return rgb;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static byte[] portraitJpeg() {
    try {
      return Files.readAllBytes(portraits(1).get(0));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static byte[] jpeg(BufferedImage image) {
    return org.kith.deploy.testing.HostileImages.jpeg(image);
  }

  public static byte[] png(BufferedImage image) {
    return org.kith.deploy.testing.HostileImages.png(image);
  }

  /** A smooth gradient with a little noise: an image, but no face. */
  public static BufferedImage noFace(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    Random random = new Random(7);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int r = (x * 255 / width + random.nextInt(20)) & 0xff;
        int g = (y * 255 / height + random.nextInt(20)) & 0xff;
        image.setRGB(x, y, (r << 16) | (g << 8) | 128);
      }
    }
    return image;
  }

  public static byte[] truncatedJpeg() {
    byte[] whole = jpeg(noFace(400, 300));
    return java.util.Arrays.copyOf(whole, whole.length / 2);
  }

  public static byte[] textNamedJpeg() {
    return "This is a letter, not a photograph.\n".getBytes(StandardCharsets.UTF_8);
  }

  /** A PNG signature and an IHDR declaring 30000 × 30000 RGB, and nothing else. */
  public static byte[] hugePngHeader() {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
      ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
      DataOutputStream h = new DataOutputStream(ihdr);
      h.writeBytes("IHDR");
      h.writeInt(30000);
      h.writeInt(30000);
      h.write(new byte[] {8, 2, 0, 0, 0});
      byte[] chunk = ihdr.toByteArray();
      out.writeInt(13);
      out.write(chunk);
      CRC32 crc = new CRC32();
      crc.update(chunk);
      out.writeInt((int) crc.getValue());
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A four-channel (CMYK) JPEG of the image, as print workflows produce; the JDK's own decoder
   * cannot read these.
   */
  public static byte[] cmykJpeg(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    WritableRaster cmyk = Raster.createInterleavedRaster(0, w, h, 4, null);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        int k = 255 - Math.max(r, Math.max(g, b));
        // Adobe's convention, which CMYK JPEGs from Photoshop follow: values stored inverted.
        int[] px = {r + k, g + k, b + k, 255 - k};
        cmyk.setPixel(x, y, px);
      }
    }
    try {
      ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (var stream = ImageIO.createImageOutputStream(out)) {
        writer.setOutput(stream);
        writer.write(null, new IIOImage(cmyk, null, null), null);
      } finally {
        writer.dispose();
      }
      // An Adobe APP14 segment (transform 0) says the four channels are CMYK, stored inverted.
      byte[] raw = out.toByteArray();
      ByteArrayOutputStream marked = new ByteArrayOutputStream();
      marked.write(raw, 0, 2);
      marked.write(
          new byte[] {
            (byte) 0xff, (byte) 0xee, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0
          });
      marked.write(raw, 2, raw.length - 2);
      return marked.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The upright image stored turned a quarter anticlockwise with EXIF orientation 6 ("turn 90°
   * clockwise to display"), as phones store portraits.
   */
  public static byte[] exifRotatedJpeg(BufferedImage upright) {
    int w = upright.getWidth();
    int h = upright.getHeight();
    BufferedImage stored = new BufferedImage(h, w, BufferedImage.TYPE_3BYTE_BGR);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        // Displaying turns stored (sx, sy) clockwise to (h - 1 - sy, sx); invert that.
        stored.setRGB(y, w - 1 - x, upright.getRGB(x, y));
      }
    }
    return withOrientation(jpeg(stored), 6);
  }

  /** Inserts an APP1 Exif segment holding only the orientation tag after SOI. */
  public static byte[] withOrientation(byte[] jpeg, int orientation) {
    try {
      ByteArrayOutputStream tiff = new ByteArrayOutputStream();
      DataOutputStream t = new DataOutputStream(tiff);
      t.writeBytes("MM");
      t.writeShort(42);
      t.writeInt(8);
      t.writeShort(1);
      t.writeShort(0x0112);
      t.writeShort(3);
      t.writeInt(1);
      t.writeShort(orientation);
      t.writeShort(0);
      t.writeInt(0);
      byte[] body = tiff.toByteArray();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      DataOutputStream o = new DataOutputStream(out);
      o.write(jpeg, 0, 2);
      o.writeShort(0xffe1);
      o.writeShort(2 + 6 + body.length);
      o.writeBytes("Exif");
      o.writeShort(0);
      o.write(body);
      o.write(jpeg, 2, jpeg.length - 2);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Twenty faces-dev portraits of different people tiled five by four. */
  public static byte[] twentyFaces() {
    List<Path> people = portraits(20);
    Assumptions.assumeTrue(people.size() == 20, "faces-dev has fewer than 20 identities");
    int cell = 200;
    BufferedImage grid = new BufferedImage(5 * cell, 4 * cell, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = grid.createGraphics();
    for (int i = 0; i < 20; i++) {
      g.drawImage(read(people.get(i)), (i % 5) * cell, (i / 5) * cell, cell, cell, null);
    }
    g.dispose();
    return jpeg(grid);
  }
}
