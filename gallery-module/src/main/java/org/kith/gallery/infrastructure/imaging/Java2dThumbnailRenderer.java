package org.kith.gallery.infrastructure.imaging;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
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

  @Override
  public Optional<byte[]> render(byte[] image, FaceBox box) {
    BufferedImage stored;
    try {
      stored = ImageIO.read(new ByteArrayInputStream(image));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    if (stored == null) {
      return Optional.empty();
    }
    BufferedImage upright = upright(rgb(stored), orientation(image));
    return Optional.of(jpeg(scaled(crop(upright, box))));
  }

  /** The EXIF orientation (1-8), or 1 when there is none or it cannot be read. */
  static int orientation(byte[] file) {
    try {
      Metadata metadata =
          ImageMetadataReader.readMetadata(new ByteArrayInputStream(file), file.length);
      for (ExifIFD0Directory dir : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
        Integer value = dir.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
        if (value != null && value >= 1 && value <= 8) {
          return value;
        }
      }
    } catch (ImageProcessingException | IOException | RuntimeException e) {
      return 1;
    }
    return 1;
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

  /** A square around the box's centre, clamped to the image. */
  static BufferedImage crop(BufferedImage image, FaceBox box) {
    double side = Math.max(box.width(), box.height()) * MARGIN;
    double cx = box.x() + box.width() / 2;
    double cy = box.y() + box.height() / 2;
    int x0 = clamp((int) Math.floor(cx - side / 2), image.getWidth() - 1);
    int y0 = clamp((int) Math.floor(cy - side / 2), image.getHeight() - 1);
    int x1 = clamp((int) Math.ceil(cx + side / 2), image.getWidth());
    int y1 = clamp((int) Math.ceil(cy + side / 2), image.getHeight());
    return image.getSubimage(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
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
