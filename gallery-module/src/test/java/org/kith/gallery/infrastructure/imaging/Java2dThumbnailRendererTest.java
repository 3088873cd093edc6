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
}
