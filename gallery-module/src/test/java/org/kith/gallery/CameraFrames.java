package org.kith.gallery;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.RescaleOp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Frames of a hand-held or head-worn camera made from faces-dev photos: each person's photo placed
 * on a 640×480 wall, moved a little from frame to frame, scaled as they step nearer or further, now
 * and then blurred, lit a little differently, and JPEG-compressed at a varying quality. Made by the
 * tests; nothing of faces-dev is kept.
 */
final class CameraFrames {
  static final int WIDTH = 640;
  static final int HEIGHT = 480;

  private final Random random;
  private final BufferedImage wall;

  CameraFrames(long seed) {
    random = new Random(seed);
    wall = Photos.gradient(WIDTH, HEIGHT);
  }

  /** A frame with nobody in it. */
  byte[] empty() {
    return jpeg(shaken(copy(wall)), 85);
  }

  /** A frame with these people, left to right. */
  byte[] of(List<BufferedImage> people) {
    BufferedImage canvas = copy(wall);
    Graphics2D g = canvas.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    int slots = people.size();
    for (int i = 0; i < slots; i++) {
      BufferedImage photo = people.get(i);
      double scale = (slots == 1 ? 2.2 : 1.8) * (0.93 + 0.14 * random.nextDouble());
      int w = (int) Math.round(photo.getWidth() * scale);
      int h = (int) Math.round(photo.getHeight() * scale);
      int cx = WIDTH * (2 * i + 1) / (2 * slots) + random.nextInt(25) - 12;
      int cy = HEIGHT / 2 + random.nextInt(25) - 12;
      g.drawImage(photo, cx - w / 2, cy - h / 2, w, h, null);
    }
    g.dispose();
    return jpeg(shaken(canvas), 70 + random.nextInt(23));
  }

  /** Lighting a little brighter or darker; one frame in five slightly blurred by motion. */
  private BufferedImage shaken(BufferedImage frame) {
    float gain = 0.8f + 0.4f * random.nextFloat();
    BufferedImage lit = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    new RescaleOp(gain, 0f, null).filter(frame, lit);
    if (random.nextInt(5) != 0) {
      return lit;
    }
    float[] box = new float[9];
    java.util.Arrays.fill(box, 1f / 9);
    BufferedImage blurred = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    new ConvolveOp(new Kernel(3, 3, box), ConvolveOp.EDGE_NO_OP, null).filter(lit, blurred);
    return blurred;
  }

  private static BufferedImage copy(BufferedImage image) {
    BufferedImage out = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return out;
  }

  private static byte[] jpeg(BufferedImage image, int quality) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality / 100f);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
