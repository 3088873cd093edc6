package org.kith.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A camera for Chromium made of one still photo: Chromium's fake capture device plays a Y4M file
 * (uncompressed YUV 4:2:0 frames after a one-line header), looping it, and grants the page the
 * camera without asking. Y4M is written here directly from the photo's pixels (JDK only); Chromium
 * also plays MJPEG, but needs its frames' sizes to match the stream it announces, which a single
 * JPEG of any size need not.
 */
final class FakeCamera {
  static final int WIDTH = 640;
  static final int HEIGHT = 480;

  private FakeCamera() {}

  /** Chromium options that make {@code video} the only camera, already allowed. */
  static void use(ChromeOptions options, Path video) {
    options.addArguments(
        "--use-fake-device-for-media-stream",
        "--use-fake-ui-for-media-stream",
        "--use-file-for-fake-video-capture=" + video);
  }

  /** Writes {@code photo} centred on a grey 640x480 frame as a one-frame Y4M video. */
  static Path y4m(Path photo) throws IOException {
    BufferedImage source = ImageIO.read(photo.toFile());
    BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = frame.createGraphics();
    g.setColor(Color.GRAY);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    double scale =
        Math.min((double) WIDTH / source.getWidth(), (double) HEIGHT / source.getHeight());
    int w = (int) (source.getWidth() * scale);
    int h = (int) (source.getHeight() * scale);
    g.drawImage(source, (WIDTH - w) / 2, (HEIGHT - h) / 2, w, h, null);
    g.dispose();

    Path file = Files.createTempFile("kith-camera-", ".y4m");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(
          ("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F30:1 Ip A1:1 C420jpeg\nFRAME\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(yuv420(frame));
    }
    return file.toRealPath();
  }

  /**
   * A video of {@code frames} (all of one size) at {@code fps}, which Chromium's fake camera plays
   * in a loop: e.g. a face for some seconds, then an empty room.
   */
  static Path y4m(java.util.List<BufferedImage> frames, int fps) throws IOException {
    int w = frames.get(0).getWidth();
    int h = frames.get(0).getHeight();
    Path file = Files.createTempFile("kith-video-", ".y4m");
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
      out.write(
          ("YUV4MPEG2 W" + w + " H" + h + " F" + fps + ":1 Ip A1:1 C420jpeg\n")
              .getBytes(StandardCharsets.US_ASCII));
      for (BufferedImage frame : frames) {
        out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
        out.write(yuv420(frame));
      }
    }
    return file.toRealPath();
  }

  /** Full-range BT.601 Y, then U and V averaged over 2x2 blocks (JPEG's conversion). */
  static byte[] yuv420(BufferedImage frame) {
    int w = frame.getWidth();
    int h = frame.getHeight();
    byte[] out = new byte[w * h * 3 / 2];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int rgb = frame.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int gr = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        out[y * w + x] = clamp(0.299 * r + 0.587 * gr + 0.114 * b);
      }
    }
    int u = w * h;
    int v = u + (w / 2) * (h / 2);
    for (int y = 0; y < h; y += 2) {
      for (int x = 0; x < w; x += 2) {
        double cb = 0;
        double cr = 0;
        for (int dy = 0; dy < 2; dy++) {
          for (int dx = 0; dx < 2; dx++) {
            int rgb = frame.getRGB(x + dx, y + dy);
            int r = (rgb >> 16) & 0xff;
            int gr = (rgb >> 8) & 0xff;
            int b = rgb & 0xff;
            cb += 128 - 0.168736 * r - 0.331264 * gr + 0.5 * b;
            cr += 128 + 0.5 * r - 0.418688 * gr - 0.081312 * b;
          }
        }
        int i = (y / 2) * (w / 2) + x / 2;
        out[u + i] = clamp(cb / 4);
        out[v + i] = clamp(cr / 4);
      }
    }
    return out;
  }

  private static byte clamp(double value) {
    return (byte) Math.max(0, Math.min(255, (int) Math.round(value)));
  }
}
