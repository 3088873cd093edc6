package org.kith.gallery.infrastructure.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.kith.api.recognition.FaceBox;

class Java2dThumbnailRendererTest {
  private final Java2dThumbnailRenderer renderer = new Java2dThumbnailRenderer();

  @Test
  void orientationSixTurnsTheStoredRasterAQuarterClockwise() {
    BufferedImage stored = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
    stored.setRGB(0, 0, 0xFF0000);
    BufferedImage upright = Java2dThumbnailRenderer.upright(stored, 6);
    assertEquals(2, upright.getWidth());
    assertEquals(4, upright.getHeight());
    assertEquals(0xFF0000, upright.getRGB(1, 0) & 0xFFFFFF, "stored top-left is upright top-right");
  }

  @Test
  void orientationsThreeAndEightMapCornersAsTheRecognitionServiceDoes() {
    BufferedImage stored = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
    stored.setRGB(0, 0, 0xFF0000);
    assertEquals(0xFF0000, Java2dThumbnailRenderer.upright(stored, 3).getRGB(3, 1) & 0xFFFFFF);
    BufferedImage eight = Java2dThumbnailRenderer.upright(stored, 8);
    assertEquals(0xFF0000, eight.getRGB(0, 3) & 0xFFFFFF, "stored top-left is upright bottom-left");
    assertEquals(stored, Java2dThumbnailRenderer.upright(stored, 1));
  }

  @Test
  void theThumbnailIsTheFaceWithAMarginAtMost160Square() throws Exception {
    BufferedImage photo = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = photo.createGraphics();
    g.setColor(Color.BLUE);
    g.fillRect(0, 0, 1200, 900);
    g.setColor(Color.RED);
    g.fillRect(700, 300, 300, 300);
    g.dispose();
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(photo, "jpg", jpeg);

    byte[] thumbnail = renderer.render(jpeg.toByteArray(), new FaceBox(700, 300, 300, 300)).get();
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(thumbnail));
    assertEquals(160, decoded.getWidth());
    assertEquals(160, decoded.getHeight());
    Color centre = new Color(decoded.getRGB(80, 80));
    assertTrue(centre.getRed() > 200 && centre.getBlue() < 60, "the face is in the middle");
    Color corner = new Color(decoded.getRGB(3, 3));
    assertTrue(corner.getBlue() > 200 && corner.getRed() < 60, "with a margin of background");
  }

  @Test
  void aBoxAtTheEdgeIsClampedToThePhoto() throws Exception {
    BufferedImage photo = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(photo, "png", png);
    byte[] thumbnail = renderer.render(png.toByteArray(), new FaceBox(150, 50, 80, 80)).get();
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(thumbnail));
    assertTrue(decoded.getWidth() <= 160 && decoded.getHeight() <= 160);
  }

  @Test
  void somethingThatIsNoImageGivesNoThumbnail() {
    assertTrue(renderer.render("not an image".getBytes(), new FaceBox(0, 0, 1, 1)).isEmpty());
  }

  /** Where stored pixel (x, y) of a w × h raster shows in the upright image (EXIF's definition). */
  private static int[] shown(int o, int x, int y, int w, int h) {
    return switch (o) {
      case 2 -> new int[] {w - 1 - x, y};
      case 3 -> new int[] {w - 1 - x, h - 1 - y};
      case 4 -> new int[] {x, h - 1 - y};
      case 5 -> new int[] {y, x};
      case 6 -> new int[] {h - 1 - y, x};
      case 7 -> new int[] {h - 1 - y, w - 1 - x};
      case 8 -> new int[] {y, w - 1 - x};
      default -> new int[] {x, y};
    };
  }

  @Test
  void onlyTheFaceRegionIsReadAndTurnedForEveryOrientation() throws Exception {
    BufferedImage photo = new BufferedImage(2400, 1800, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = photo.createGraphics();
    g.setColor(Color.BLUE);
    g.fillRect(0, 0, 2400, 1800);
    g.setColor(Color.RED);
    g.fillRect(200, 300, 800, 800);
    g.setColor(Color.GREEN); // marks the face's stored top-left quarter
    g.fillRect(200, 300, 400, 400);
    g.dispose();
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(photo, "jpg", jpeg);
    for (int o = 1; o <= 8; o++) {
      int[] a = shown(o, 200, 300, 2400, 1800);
      int[] b = shown(o, 999, 1099, 2400, 1800);
      int x0 = Math.min(a[0], b[0]);
      int y0 = Math.min(a[1], b[1]);
      FaceBox box = new FaceBox(x0, y0, 800, 800);
      byte[] file = org.kith.deploy.testing.HostileImages.withOrientation(jpeg.toByteArray(), o);
      BufferedImage thumb =
          ImageIO.read(new ByteArrayInputStream(renderer.render(file, box).get()));
      assertEquals(160, thumb.getWidth(), "orientation " + o);
      // the green quarter lands where the stored top-left corner of the face is shown
      int[] corner = shown(o, 0, 0, 2, 2);
      int gx = corner[0] == 0 ? 62 : 97;
      int gy = corner[1] == 0 ? 62 : 97;
      Color green = new Color(thumb.getRGB(gx, gy));
      Color red = new Color(thumb.getRGB(159 - gx, 159 - gy));
      assertTrue(green.getGreen() > 180 && green.getRed() < 80, "orientation " + o + " " + green);
      assertTrue(red.getRed() > 180 && red.getGreen() < 80, "orientation " + o + " " + red);
    }
  }
}
