package org.kith.recognition.image;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.kith.api.recognition.ImageErrors;
import org.kith.api.recognition.ImageRejectedException;

/**
 * Turns untrusted bytes into an upright {@link RgbImage}, refusing before the expensive part: the
 * byte size first, then the format by its magic bytes, then the pixel count from the header, and
 * only then the full decode. Any decoder warning (libjpeg's "premature end of data") or failure
 * counts as truncated: a silently grey-filled half image would be analysed as if it were a face.
 *
 * <p>Readers are created from their providers directly rather than looked up in ImageIO's global
 * registry, so the decoders used do not depend on what else the server put on its class path.
 */
public final class ImageDecoder {
  private final ImageLimits limits;
  private final ImageReaderSpi jpeg = jpegProvider();
  private final ImageReaderSpi webp = new WebPImageReaderSpi();

  public ImageDecoder(ImageLimits limits) {
    this.limits = limits;
  }

  /**
   * TwelveMonkeys' JPEG reader wraps the JDK's for the common cases and adds CMYK, YCCK and broken
   * ICC profiles. It finds the JDK reader when told of the registry, without being registered in it
   * (registering from a web application would pin its class loader after undeployment).
   */
  private static ImageReaderSpi jpegProvider() {
    JPEGImageReaderSpi spi = new JPEGImageReaderSpi();
    spi.onRegistration(IIORegistry.getDefaultInstance(), ImageReaderSpi.class);
    return spi;
  }

  public ImageLimits limits() {
    return limits;
  }

  public RgbImage decode(byte[] data) {
    if (data == null || data.length == 0) {
      throw new ImageRejectedException(ImageErrors.IMAGE_MISSING, "the image has no bytes");
    }
    if (data.length > limits.maxBytes()) {
      throw new ImageRejectedException(
          ImageErrors.IMAGE_TOO_LARGE,
          "the image has " + data.length + " bytes, the limit is " + limits.maxBytes());
    }
    ImageFormat format =
        ImageFormat.sniff(data)
            .orElseThrow(
                () ->
                    new ImageRejectedException(
                        ImageErrors.IMAGE_NOT_AN_IMAGE,
                        "the data is not a JPEG, PNG or WebP image"));
    ImageReader reader = reader(format);
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
      reader.setInput(in, true, true);
      long width;
      long height;
      try {
        width = reader.getWidth(0);
        height = reader.getHeight(0);
      } catch (IOException | RuntimeException e) {
        throw truncated(format, e);
      }
      if (width < 1 || height < 1) {
        throw truncated(format, null);
      }
      if (width * height > limits.maxPixels()) {
        throw new ImageRejectedException(
            ImageErrors.IMAGE_TOO_MANY_PIXELS,
            "the image declares "
                + width
                + "x"
                + height
                + " pixels, the limit is "
                + limits.maxPixels());
      }
      WarningFlag warnings = new WarningFlag();
      reader.addIIOReadWarningListener(warnings);
      BufferedImage image;
      try {
        image = reader.read(0);
      } catch (IOException | RuntimeException e) {
        throw truncated(format, e);
      }
      if (warnings.raised) {
        throw truncated(format, null);
      }
      return ExifOrientation.apply(toRgb(image), ExifOrientation.read(data));
    } catch (IOException e) {
      throw truncated(format, e);
    } finally {
      reader.dispose();
    }
  }

  private ImageReader reader(ImageFormat format) {
    try {
      return switch (format) {
        case JPEG -> jpeg.createReaderInstance();
        case WEBP -> webp.createReaderInstance();
        case PNG -> jdkPngReader();
      };
    } catch (IOException e) {
      throw new IllegalStateException("REC-020 no " + format + " decoder", e);
    }
  }

  private static ImageReader jdkPngReader() {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
    if (!readers.hasNext()) {
      throw new IllegalStateException("REC-020 the JDK has no PNG decoder");
    }
    return readers.next();
  }

  private static ImageRejectedException truncated(ImageFormat format, Throwable cause) {
    return new ImageRejectedException(
        ImageErrors.IMAGE_TRUNCATED, "the " + format + " data is truncated or corrupt", cause);
  }

  /**
   * 8-bit RGB. Grayscale rasters are read sample by sample: Java 2D treats them as linear gray and
   * would brighten them when converting to sRGB.
   */
  static RgbImage toRgb(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    byte[] out = new byte[w * h * 3];
    Raster raster = image.getRaster();
    boolean gray = image.getColorModel().getColorSpace().getNumComponents() == 1;
    if (gray && raster.getNumBands() <= 2) {
      int shift = Math.max(0, raster.getSampleModel().getSampleSize(0) - 8);
      int[] row = new int[w];
      for (int y = 0; y < h; y++) {
        raster.getSamples(0, y, w, 1, 0, row);
        for (int x = 0; x < w; x++) {
          byte v = (byte) Math.min(255, row[x] >> shift);
          int p = (y * w + x) * 3;
          out[p] = v;
          out[p + 1] = v;
          out[p + 2] = v;
        }
      }
      return new RgbImage(w, h, out);
    }
    BufferedImage bgr = image;
    if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
      bgr = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
      Graphics2D g = bgr.createGraphics();
      try {
        g.setColor(java.awt.Color.WHITE); // transparent pixels become white, not black
        g.fillRect(0, 0, w, h);
        g.drawImage(image, 0, 0, null);
      } finally {
        g.dispose();
      }
    }
    byte[] src = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < out.length; i += 3) {
      out[i] = src[i + 2];
      out[i + 1] = src[i + 1];
      out[i + 2] = src[i];
    }
    return new RgbImage(w, h, out);
  }

  /** Remembers that the decoder complained: libjpeg reports truncation only as a warning. */
  private static final class WarningFlag implements javax.imageio.event.IIOReadWarningListener {
    boolean raised;

    @Override
    public void warningOccurred(ImageReader source, String warning) {
      raised = true;
    }
  }
}
