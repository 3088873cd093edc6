package org.kith.gallery.infrastructure.imaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.kith.api.imaging.ExifOrientationTag;
import org.kith.api.recognition.FaceBox;
import org.kith.gallery.domain.ThumbnailRenderer;

/**
 * Cuts the face out with the JDK's own decoders (JPEG, PNG): the photo is turned upright by its
 * EXIF orientation exactly as the recognition service turns it, because the face box is given in
 * that upright image. The crop is a square around the box with a margin, so hair and chin show,
 * scaled down to at most {@value #MAX_SIDE} pixels a side.
 */
@ApplicationScoped
public class Java2dThumbnailRenderer implements ThumbnailRenderer {
  static final int MAX_SIDE = 160;

  /** The square's side as a multiple of the box's longer side. */
  static final double MARGIN = 1.5;

  /** The recognition service's own pixel limit: larger photos never got a face box. */
  static final long MAX_PIXELS = 40_000_000L;

  @Override
  public Optional<byte[]> render(byte[] image, FaceBox box) {
    int orientation = orientation(image);
    BufferedImage stored;
    try {
      stored = readCrop(image, box, orientation);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    if (stored == null) {
      return Optional.empty();
    }
    BufferedImage upright = upright(rgb(stored), orientation);
    return Optional.of(jpeg(scaled(upright)));
  }

  /**
   * Decodes only the square around the face, and that at a reduced resolution when it is much
   * larger than the thumbnail: the square is mapped back from the upright image into the stored
   * raster (orientation is a rigid turn, so cropping commutes with it), read as a source region
   * with subsampling, and turned upright afterwards. A 40-megapixel photo costs a few hundred
   * kilobytes here, not its full raster several times over.
   */
  private static BufferedImage readCrop(byte[] file, FaceBox box, int orientation)
      throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return null;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        if ((long) w * h > MAX_PIXELS) {
          return null;
        }
        boolean swap = orientation >= 5 && orientation <= 8;
        Rectangle upright = square(box, swap ? h : w, swap ? w : h);
        Rectangle region = storedRegion(upright, orientation, w, h);
        int step = Math.max(1, Math.max(region.width, region.height) / (2 * MAX_SIDE));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceRegion(region);
        param.setSourceSubsampling(step, step, 0, 0);
        return reader.read(0, param);
      } finally {
        reader.dispose();
      }
    }
  }

  /** A square around the box's centre with the margin, clamped to an image of the given size. */
  static Rectangle square(FaceBox box, int width, int height) {
    double side = Math.max(box.width(), box.height()) * MARGIN;
    double cx = box.x() + box.width() / 2;
    double cy = box.y() + box.height() / 2;
    int x0 = clamp((int) Math.floor(cx - side / 2), width - 1);
    int y0 = clamp((int) Math.floor(cy - side / 2), height - 1);
    int x1 = clamp((int) Math.ceil(cx + side / 2), width);
    int y1 = clamp((int) Math.ceil(cy + side / 2), height);
    return new Rectangle(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
  }

  /**
   * The rectangle of the stored raster ({@code w × h}) that becomes {@code r} of the upright image,
   * inverting the pixel mapping of {@link #upright}.
   */
  static Rectangle storedRegion(Rectangle r, int orientation, int w, int h) {
    int u0 = r.x;
    int u1 = r.x + r.width;
    int v0 = r.y;
    int v1 = r.y + r.height;
    return switch (orientation) {
      case 2 -> new Rectangle(w - u1, v0, r.width, r.height);
      case 3 -> new Rectangle(w - u1, h - v1, r.width, r.height);
      case 4 -> new Rectangle(u0, h - v1, r.width, r.height);
      case 5 -> new Rectangle(v0, u0, r.height, r.width);
      case 6 -> new Rectangle(v0, h - u1, r.height, r.width);
      case 7 -> new Rectangle(w - v1, h - u1, r.height, r.width);
      case 8 -> new Rectangle(w - v1, u0, r.height, r.width);
      default -> r;
    };
  }

  /** The EXIF orientation (1-8), or 1: read by the bounded parser the recognition service uses. */
  static int orientation(byte[] file) {
    return ExifOrientationTag.read(file);
  }

  private static BufferedImage rgb(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_INT_RGB) {
      return image;
    }
    BufferedImage rgb =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
    g.dispose();
    return rgb;
  }

  /** The same pixel mapping as the recognition service's EXIF handling, orientation 1 to 8. */
  static BufferedImage upright(BufferedImage stored, int orientation) {
    if (orientation <= 1 || orientation > 8) {
      return stored;
    }
    int w = stored.getWidth();
    int h = stored.getHeight();
    boolean swap = orientation >= 5;
    int ow = swap ? h : w;
    int oh = swap ? w : h;
    int[] in = stored.getRGB(0, 0, w, h, null, 0, w);
    int[] out = new int[in.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int tx;
        int ty;
        switch (orientation) {
          case 2 -> {
            tx = w - 1 - x;
            ty = y;
          }
          case 3 -> {
            tx = w - 1 - x;
            ty = h - 1 - y;
          }
          case 4 -> {
            tx = x;
            ty = h - 1 - y;
          }
          case 5 -> {
            tx = y;
            ty = x;
          }
          case 6 -> {
            tx = h - 1 - y;
            ty = x;
          }
          case 7 -> {
            tx = h - 1 - y;
            ty = w - 1 - x;
          }
          default -> {
            tx = y;
            ty = w - 1 - x;
          }
        }
        out[ty * ow + tx] = in[y * w + x];
      }
    }
    BufferedImage result = new BufferedImage(ow, oh, BufferedImage.TYPE_INT_RGB);
    result.setRGB(0, 0, ow, oh, out, 0, ow);
    return result;
  }

  private static int clamp(int v, int max) {
    return Math.max(0, Math.min(max, v));
  }

  static BufferedImage scaled(BufferedImage crop) {
    double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(crop.getWidth(), crop.getHeight()));
    int w = Math.max(1, (int) Math.round(crop.getWidth() * scale));
    int h = Math.max(1, (int) Math.round(crop.getHeight() * scale));
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.drawImage(crop, 0, 0, w, h, null);
    g.dispose();
    return out;
  }

  /** Baseline JPEG without metadata: nothing of the original file but the pixels travels on. */
  static byte[] jpeg(BufferedImage image) {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    ImageWriter writer = writers.next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.85f);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot encode a thumbnail in memory", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
