package org.kith.gallery;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.RescaleOp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Photos made for tests from faces-dev ones, written as JPEG files the way a camera sends them. */
final class Photos {
  private Photos() {}

  static BufferedImage read(Path file) {
    try {
      return ImageIO.read(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A smooth grey wall: texture enough to be a real photo, no face anywhere. */
  static BufferedImage gradient(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int v = 60 + (140 * (x + y)) / (width + height);
        image.setRGB(x, y, (v << 16) | (v << 8) | v);
      }
    }
    return image;
  }

  /** Two photos next to each other on one canvas, as when two people share the frame. */
  static BufferedImage sideBySide(BufferedImage left, BufferedImage right) {
    BufferedImage both =
        new BufferedImage(
            left.getWidth() + right.getWidth(),
            Math.max(left.getHeight(), right.getHeight()),
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g = both.createGraphics();
    g.drawImage(left, 0, 0, null);
    g.drawImage(right, left.getWidth(), 0, null);
    g.dispose();
    return both;
  }

  /** The photo with every channel scaled down, as in a room without light. */
  static BufferedImage darkened(BufferedImage photo, float factor) {
    BufferedImage dark =
        new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_INT_RGB);
    new RescaleOp(factor, 0f, null).filter(photo, dark);
    return dark;
  }

  static Path write(String name, BufferedImage image) {
    try {
      Path file = Files.createTempFile("kith-" + name + "-", ".jpg");
      ImageIO.write(image, "jpg", file.toFile());
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
