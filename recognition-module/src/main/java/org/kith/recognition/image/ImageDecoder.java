package org.kith.recognition.image;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.SampleModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.event.IIOReadProgressListener;
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
  private final DecodeCapacity capacity;
  private final ImageReaderSpi jpeg = jpegProvider();
  private final ImageReaderSpi webp = new WebPImageReaderSpi();

  /** A decoder with room for two images of the largest allowed decoding cost at once. */
  public ImageDecoder(ImageLimits limits) {
    this(limits, new DecodeCapacity(Math.max(1L << 20, 2 * limits.maxDecodeBytes())));
  }

  public ImageDecoder(ImageLimits limits, DecodeCapacity capacity) {
    if (capacity.bytes() < limits.maxDecodeBytes()) {
      throw new IllegalArgumentException(
          "decode capacity " + capacity.bytes() + " is below one image's budget");
    }
    this.limits = limits;
    this.capacity = capacity;
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

  /** The upright image; its share of the decode capacity is given back before this returns. */
  public RgbImage decode(byte[] data) {
    return decode(data, image -> image);
  }

  /**
   * Decodes and hands the image to {@code use} while still holding the heap its decoding claimed,
   * so the raster and everything derived from it count against the capacity until the analysis is
   * done.
   */
  public <T> T decode(byte[] data, Function<RgbImage, T> use) {
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
    int components = ImageStructure.check(data, format, limits);
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
      int bytesPerPixel;
      try {
        bytesPerPixel = Math.max(components, bytesPerPixel(reader));
      } catch (IOException | RuntimeException e) {
        throw truncated(format, e);
      }
      // The decoder's raster, then the RGB result (or its upright copy) next to it.
      long cost = width * height * (Math.max(3, bytesPerPixel) + 3L);
      if (cost > limits.maxDecodeBytes()) {
        throw new ImageRejectedException(
            ImageErrors.IMAGE_TOO_COMPLEX,
            "decoding "
                + width
                + "x"
                + height
                + " pixels of "
                + bytesPerPixel
                + " bytes each needs "
                + cost
                + " bytes, the budget is "
                + limits.maxDecodeBytes());
      }
      try (DecodeCapacity.Claim claim = capacity.claim(cost, limits.maxDecodeMillis())) {
        RgbImage upright =
            ExifOrientation.apply(toRgb(read(reader, format)), ExifOrientation.read(data));
        return use.apply(upright);
      }
    } catch (IOException e) {
      throw truncated(format, e);
    } finally {
      reader.dispose();
    }
  }

  /**
   * Reads the image, aborting once the time budget is spent. The readers report progress row by row
   * (and pass by pass for progressive JPEGs) on the decoding thread itself, which is where the
   * JDK's JPEG reader accepts an abort, so the check lives in that callback.
   */
  private BufferedImage read(ImageReader reader, ImageFormat format) {
    WarningFlag warnings = new WarningFlag();
    Deadline deadline = new Deadline(System.nanoTime() + limits.maxDecodeMillis() * 1_000_000L);
    reader.addIIOReadWarningListener(warnings);
    reader.addIIOReadProgressListener(deadline);
    BufferedImage image;
    try {
      image = reader.read(0);
    } catch (IOException | RuntimeException e) {
      if (deadline.expired) {
        throw timedOut();
      }
      throw truncated(format, e);
    }
    // A reader that reports no progress until its last row is not stopped early, but its answer
    // past the budget is still refused, so a slow file is never worth sending again.
    if (deadline.expired || deadline.passed()) {
      throw timedOut();
    }
    if (warnings.raised || image == null) {
      throw truncated(format, null);
    }
    return image;
  }

  private ImageRejectedException timedOut() {
    return new ImageRejectedException(
        ImageErrors.IMAGE_DECODE_TIMEOUT,
        "the image did not decode within " + limits.maxDecodeMillis() + " ms");
  }

  /** Bytes per pixel of the raster the reader will fill, from its first (preferred) type. */
  private static int bytesPerPixel(ImageReader reader) throws IOException {
    Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
    if (types == null || !types.hasNext()) {
      return 4;
    }
    SampleModel model = types.next().getSampleModel(1, 1);
    int bits = 0;
    for (int size : model.getSampleSize()) {
      bits += Math.max(8, size);
    }
    return (bits + 7) / 8;
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

  /** Rows converted at a time when the raster is not already 8-bit BGR. */
  private static final int STRIP_ROWS = 64;

  /**
   * 8-bit RGB. Grayscale rasters are read sample by sample: Java 2D treats them as linear gray and
   * would brighten them when converting to sRGB. An 8-bit BGR raster (what JPEGs decode to) is
   * reordered in place rather than copied; any other is converted a strip of rows at a time, so no
   * second full-size raster exists next to the decoder's.
   */
  static RgbImage toRgb(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    Raster raster = image.getRaster();
    boolean gray = image.getColorModel().getColorSpace().getNumComponents() == 1;
    if (gray && raster.getNumBands() <= 2) {
      byte[] out = new byte[w * h * 3];
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
    if (image.getType() == BufferedImage.TYPE_3BYTE_BGR
        && raster.getDataBuffer() instanceof DataBufferByte buffer
        && buffer.getData().length == w * h * 3
        && raster.getParent() == null) {
      byte[] bgr = buffer.getData();
      for (int i = 0; i < bgr.length; i += 3) {
        byte b = bgr[i];
        bgr[i] = bgr[i + 2];
        bgr[i + 2] = b;
      }
      return new RgbImage(w, h, bgr);
    }
    byte[] out = new byte[w * h * 3];
    int rows = Math.min(STRIP_ROWS, h);
    BufferedImage strip = new BufferedImage(w, rows, BufferedImage.TYPE_3BYTE_BGR);
    byte[] src = ((DataBufferByte) strip.getRaster().getDataBuffer()).getData();
    Graphics2D g = strip.createGraphics();
    try {
      for (int y0 = 0; y0 < h; y0 += rows) {
        int n = Math.min(rows, h - y0);
        g.setColor(java.awt.Color.WHITE); // transparent pixels become white, not black
        g.fillRect(0, 0, w, rows);
        g.drawImage(image, 0, -y0, null);
        int base = y0 * w * 3;
        for (int i = 0; i < n * w * 3; i += 3) {
          out[base + i] = src[i + 2];
          out[base + i + 1] = src[i + 1];
          out[base + i + 2] = src[i];
        }
      }
    } finally {
      g.dispose();
    }
    return new RgbImage(w, h, out);
  }

  /** Aborts the read it listens to once its time is up; the reader calls it on its own thread. */
  private static final class Deadline implements IIOReadProgressListener {
    private final long endNanos;
    volatile boolean expired;

    Deadline(long endNanos) {
      this.endNanos = endNanos;
    }

    boolean passed() {
      return System.nanoTime() > endNanos;
    }

    private void check(ImageReader source) {
      if (!expired && System.nanoTime() > endNanos) {
        expired = true;
        source.abort();
      }
    }

    @Override
    public void imageProgress(ImageReader source, float percentageDone) {
      check(source);
    }

    @Override
    public void sequenceStarted(ImageReader source, int minIndex) {}

    @Override
    public void sequenceComplete(ImageReader source) {}

    @Override
    public void imageStarted(ImageReader source, int imageIndex) {
      check(source);
    }

    @Override
    public void imageComplete(ImageReader source) {}

    @Override
    public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {}

    @Override
    public void thumbnailProgress(ImageReader source, float percentageDone) {}

    @Override
    public void thumbnailComplete(ImageReader source) {}

    @Override
    public void readAborted(ImageReader source) {}
  }

  /**
   * Remembers a warning that means missing data: libjpeg reports truncation only as a warning
   * ("Premature end of JPEG file") and fills the rest grey. Other warnings (no ICC profile,
   * extraneous bytes before a marker) are common in real photos and do not refuse the image.
   */
  private static final class WarningFlag implements javax.imageio.event.IIOReadWarningListener {
    private static final java.util.regex.Pattern MISSING_DATA =
        java.util.regex.Pattern.compile(
            "(?i).*(premature end|truncat|unexpected end|end of (file|stream)|eof).*");
    boolean raised;

    @Override
    public void warningOccurred(ImageReader source, String warning) {
      if (warning != null && MISSING_DATA.matcher(warning).matches()) {
        raised = true;
      }
    }
  }
}
