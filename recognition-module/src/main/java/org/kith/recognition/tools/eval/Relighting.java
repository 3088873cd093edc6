package org.kith.recognition.tools.eval;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes an illumination copy of an image in memory and encodes it as a JPEG (quality 0.95), so the
 * pipeline decodes it like any other upload. Evaluation images carry no EXIF rotation (re-encoding
 * drops EXIF), as LFW-style sets do not.
 */
public final class Relighting {
  private static final float JPEG_QUALITY = 0.95f;

  private Relighting() {}

  /**
   * The image, relit, as JPEG bytes; the original bytes unchanged for {@link Lighting#ORIGINAL}.
   */
  public static byte[] apply(byte[] image, Lighting lighting) throws IOException {
    if (lighting == Lighting.ORIGINAL) {
      return image;
    }
    BufferedImage source = ImageIO.read(new ByteArrayInputStream(image));
    if (source == null) {
      throw new IOException("not an image Java can decode for relighting");
    }
    int[] lut = new int[256];
    for (int v = 0; v < 256; v++) {
      lut[v] = lighting.apply(v);
    }
    BufferedImage out =
        new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < source.getHeight(); y++) {
      for (int x = 0; x < source.getWidth(); x++) {
        int rgb = source.getRGB(x, y);
        int r = lut[(rgb >> 16) & 0xff];
        int g = lut[(rgb >> 8) & 0xff];
        int b = lut[rgb & 0xff];
        out.setRGB(x, y, (r << 16) | (g << 8) | b);
      }
    }
    return jpeg(out);
  }

  static byte[] jpeg(BufferedImage image) {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    ImageWriter writer = writers.next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("JPEG encoding in memory failed", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
