package org.kith.deploy.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Files built to hurt an image decoder, each generated here from nothing so no third-party sample
 * travels with the project: the kinds that exhausted or starved servers in the field (many-scan
 * progressive JPEGs, EXIF IFD chains and loops, ICC headers claiming gigabytes, 16-bit RGBA near
 * the pixel limit) and the classic ones (decompression bombs, truncation, polyglots, wrong labels,
 * every EXIF orientation, CMYK, 1×1).
 */
public final class HostileImages {
  private HostileImages() {}

  /**
   * One file, the content type it is sent with, and what a server must answer: a problem code, or
   * null when the image is valid and must be analysed (200).
   */
  public record Sample(String kind, byte[] bytes, String contentType, String expectedCode) {
    @Override
    public String toString() {
      return kind;
    }
  }

  /** The whole set, each small enough to send (the largest few hundred kilobytes). */
  public static List<Sample> all() {
    List<Sample> samples = new ArrayList<>();
    byte[] plain = jpeg(gradient(320, 240));
    samples.add(new Sample("one-by-one JPEG", jpeg(gradient(1, 1)), "image/jpeg", null));
    samples.add(new Sample("one-by-one PNG", png(gradient(1, 1)), "image/png", null));
    for (int o = 1; o <= 8; o++) {
      samples.add(
          new Sample("EXIF orientation " + o, withOrientation(plain, o), "image/jpeg", null));
    }
    samples.add(new Sample("CMYK JPEG", cmykJpeg(gradient(64, 48)), "image/jpeg", null));
    samples.add(
        new Sample(
            "progressive JPEG, 400 scans, 16 MP",
            progressiveWithScans(gray(4000, 4000), 400),
            "image/jpeg",
            "IMAGE_TOO_COMPLEX"));
    samples.add(
        new Sample(
            "EXIF with 8000 chained IFDs", chainedIfds(plain, 8000, false), "image/jpeg", null));
    samples.add(new Sample("EXIF IFD loop", chainedIfds(plain, 3, true), "image/jpeg", null));
    samples.add(
        new Sample(
            "ICC header claiming 2 GB",
            withIccClaiming(plain, 0x7fff_fff0L),
            "image/jpeg",
            "IMAGE_METADATA_INVALID"));
    samples.add(
        new Sample(
            "16-bit RGBA PNG, 39.9 MP", rgba16Png(6320, 6320), "image/png", "IMAGE_TOO_COMPLEX"));
    samples.add(
        new Sample(
            "PNG bomb 100000x100000",
            pngHeaderOnly(100_000, 100_000, 8, 2),
            "image/png",
            "IMAGE_TOO_MANY_PIXELS"));
    samples.add(
        new Sample(
            "WebP bomb 16384x16384",
            webpCanvas(16384, 16384, false),
            "image/webp",
            "IMAGE_TOO_MANY_PIXELS"));
    samples.add(
        new Sample(
            "WebP ICC claiming 2 GB",
            webpCanvas(64, 64, true),
            "image/webp",
            "IMAGE_METADATA_INVALID"));
    samples.add(
        new Sample(
            "GIF bomb 65535x65535", gifHeader(65535, 65535), "image/gif", "IMAGE_NOT_AN_IMAGE"));
    samples.add(
        new Sample(
            "GIF bomb labelled JPEG", gifHeader(65535, 65535), "image/jpeg", "IMAGE_NOT_AN_IMAGE"));
    samples.add(
        new Sample(
            "truncated JPEG",
            Arrays.copyOf(plain, plain.length / 2),
            "image/jpeg",
            "IMAGE_TRUNCATED"));
    byte[] png = png(gradient(320, 240));
    samples.add(
        new Sample(
            "truncated PNG", Arrays.copyOf(png, png.length / 2), "image/png", "IMAGE_TRUNCATED"));
    samples.add(new Sample("PNG labelled JPEG", png, "image/jpeg", null));
    samples.add(new Sample("JPEG labelled octet-stream", plain, "application/octet-stream", null));
    samples.add(new Sample("JPEG+ZIP polyglot", jpegZipPolyglot(plain), "image/jpeg", null));
    samples.add(
        new Sample(
            "HTML with a JPEG inside",
            concat("<html><body>".getBytes(StandardCharsets.US_ASCII), plain),
            "image/jpeg",
            "IMAGE_NOT_AN_IMAGE"));
    samples.add(new Sample("empty body", new byte[0], "image/jpeg", "IMAGE_MISSING"));
    return samples;
  }

  // ---- ordinary images ----------------------------------------------------------------------

  /** A colour gradient with no face. */
  public static BufferedImage gradient(int w, int h) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        image.setRGB(
            x, y, ((x * 255 / Math.max(1, w)) << 16) | ((y * 255 / Math.max(1, h)) << 8) | 0x40);
      }
    }
    return image;
  }

  /**
   * A smooth 8-bit grayscale gradient: cheap to generate at sixteen megapixels and to compress, so
   * a progressive file of it is small on disk however large its raster.
   */
  public static BufferedImage gray(int w, int h) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    byte[] data = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
    for (int y = 0; y < h; y++) {
      Arrays.fill(data, y * w, (y + 1) * w, (byte) (64 + y * 128 / h));
    }
    return image;
  }

  public static byte[] jpeg(BufferedImage image) {
    return encode(image, "jpeg");
  }

  public static byte[] png(BufferedImage image) {
    return encode(image, "png");
  }

  private static byte[] encode(BufferedImage image, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no " + format + " writer");
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- JPEG structure ------------------------------------------------------------------------

  /**
   * A progressive JPEG one of whose scans is repeated until the file has {@code scans} scans. Each
   * repeat is a valid scan to the decoder (libjpeg only warns of a bogus progression), and in the
   * JDK's progressive mode each one is another full pass over the image.
   */
  public static byte[] progressiveWithScans(BufferedImage image, int scans) {
    byte[] progressive = progressiveJpeg(image);
    List<int[]> sos = scanSegments(progressive);
    // the smallest scan after the first, repeated in place: the file stays small on disk
    int[] repeated = sos.get(1);
    for (int[] scan : sos.subList(1, sos.size())) {
      if (scan[1] - scan[0] < repeated[1] - repeated[0]) {
        repeated = scan;
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(progressive, 0, repeated[1]);
    for (int i = sos.size(); i < scans; i++) {
      out.write(progressive, repeated[0], repeated[1] - repeated[0]);
    }
    out.write(progressive, repeated[1], progressive.length - repeated[1]);
    return out.toByteArray();
  }

  public static byte[] progressiveJpeg(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** Start and end (exclusive) of each scan: its SOS segment and the entropy-coded data after. */
  public static List<int[]> scanSegments(byte[] f) {
    List<int[]> scans = new ArrayList<>();
    int p = 2;
    while (p + 4 <= f.length) {
      int marker = f[p + 1] & 0xff;
      if (marker == 0xd9) {
        break;
      }
      int length = ((f[p + 2] & 0xff) << 8) | (f[p + 3] & 0xff);
      int start = p;
      p += 2 + length;
      if (marker == 0xda) {
        while (p + 1 < f.length) {
          int next = f[p + 1] & 0xff;
          if ((f[p] & 0xff) == 0xff && next != 0 && (next < 0xd0 || next > 0xd7)) {
            break;
          }
          p++;
        }
        scans.add(new int[] {start, p});
      }
    }
    return scans;
  }

  /** Inserts an APP1 Exif segment holding only the orientation tag after SOI. */
  public static byte[] withOrientation(byte[] jpeg, int orientation) {
    ByteArrayOutputStream tiff = new ByteArrayOutputStream();
    DataOutputStream t = new DataOutputStream(tiff);
    try {
      t.writeBytes("MM");
      t.writeShort(42);
      t.writeInt(8);
      t.writeShort(1);
      t.writeShort(0x0112);
      t.writeShort(3);
      t.writeInt(1);
      t.writeShort(orientation);
      t.writeShort(0);
      t.writeInt(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return withApp1Exif(jpeg, tiff.toByteArray());
  }

  /**
   * EXIF whose IFD0 (orientation 6) is followed by {@code ifds} empty IFDs, each pointing at the
   * next; with {@code loop} the last points back at IFD0. A recursive EXIF reader follows the chain
   * one stack frame per IFD.
   */
  public static byte[] chainedIfds(byte[] jpeg, int ifds, boolean loop) {
    ByteArrayOutputStream tiff = new ByteArrayOutputStream();
    DataOutputStream t = new DataOutputStream(tiff);
    try {
      t.writeBytes("MM");
      t.writeShort(42);
      t.writeInt(8);
      // IFD0: one entry, then the offset of the next IFD
      t.writeShort(1);
      t.writeShort(0x0112);
      t.writeShort(3);
      t.writeInt(1);
      t.writeShort(6);
      t.writeShort(0);
      int next = 8 + 2 + 12 + 4;
      t.writeInt(next);
      for (int i = 0; i < ifds; i++) {
        // an empty IFD is its entry count and the offset of the next: 6 bytes
        t.writeShort(0);
        boolean lastOne = i == ifds - 1;
        t.writeInt(lastOne ? (loop ? 8 : 0) : next + 6 * (i + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] body = tiff.toByteArray();
    if (body.length > 65_000) {
      throw new IllegalArgumentException("too many IFDs for one APP1 segment");
    }
    return withApp1Exif(jpeg, body);
  }

  private static byte[] withApp1Exif(byte[] jpeg, byte[] tiff) {
    ByteArrayOutputStream segment = new ByteArrayOutputStream();
    DataOutputStream o = new DataOutputStream(segment);
    try {
      o.writeShort(0xffe1);
      o.writeShort(2 + 6 + tiff.length);
      o.writeBytes("Exif");
      o.writeShort(0);
      o.write(tiff);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return afterSoi(jpeg, segment.toByteArray());
  }

  /**
   * An APP2 ICC_PROFILE segment whose profile header declares {@code declaredSize} bytes while the
   * segment holds only the 128-byte header.
   */
  public static byte[] withIccClaiming(byte[] jpeg, long declaredSize) {
    byte[] header = iccHeader(declaredSize);
    ByteArrayOutputStream segment = new ByteArrayOutputStream();
    DataOutputStream o = new DataOutputStream(segment);
    try {
      o.writeShort(0xffe2);
      o.writeShort(2 + 12 + 2 + header.length);
      o.writeBytes("ICC_PROFILE");
      o.writeByte(0);
      o.writeByte(1); // chunk 1
      o.writeByte(1); // of 1
      o.write(header);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return afterSoi(jpeg, segment.toByteArray());
  }

  /** A plausible-looking ICC v2 display profile header with the given size field. */
  static byte[] iccHeader(long declaredSize) {
    byte[] h = new byte[128];
    h[0] = (byte) (declaredSize >>> 24);
    h[1] = (byte) (declaredSize >>> 16);
    h[2] = (byte) (declaredSize >>> 8);
    h[3] = (byte) declaredSize;
    h[8] = 2; // version 2.1
    h[9] = 0x10;
    System.arraycopy("mntrRGB XYZ ".getBytes(StandardCharsets.US_ASCII), 0, h, 12, 12);
    System.arraycopy("acsp".getBytes(StandardCharsets.US_ASCII), 0, h, 36, 4);
    return h;
  }

  private static byte[] afterSoi(byte[] jpeg, byte[] segment) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    out.write(segment, 0, segment.length);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  /** A four-channel JPEG with an Adobe APP14 segment saying CMYK, stored inverted. */
  public static byte[] cmykJpeg(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    java.awt.image.WritableRaster cmyk =
        java.awt.image.Raster.createInterleavedRaster(0, w, h, 4, null);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        int k = 255 - Math.max(r, Math.max(g, b));
        cmyk.setPixel(x, y, new int[] {r + k, g + k, b + k, 255 - k});
      }
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(null, new IIOImage(cmyk, null, null), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return afterSoi(
        out.toByteArray(),
        new byte[] {
          (byte) 0xff, (byte) 0xee, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0
        });
  }

  /** A JPEG with a ZIP archive after its end: valid as both. */
  public static byte[] jpegZipPolyglot(byte[] jpeg) {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(zip)) {
      z.putNextEntry(new java.util.zip.ZipEntry("readme.html"));
      z.write("<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
      z.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return concat(jpeg, zip.toByteArray());
  }

  // ---- PNG -----------------------------------------------------------------------------------

  /**
   * A 16-bit RGBA PNG streamed row by row, so even a 40-megapixel one costs the generator one row
   * of memory; the pixels are a soft gradient with partial transparency.
   */
  public static byte[] rgba16Png(int width, int height) {
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    byte[] row = new byte[1 + width * 8];
    try (OutputStream z =
        new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
      for (int y = 0; y < height; y++) {
        row[0] = 0;
        int v = (y * 65535 / Math.max(1, height - 1));
        for (int x = 0; x < width; x++) {
          int p = 1 + x * 8;
          row[p] = (byte) (v >> 8);
          row[p + 1] = (byte) v;
          row[p + 2] = 0x40;
          row[p + 4] = (byte) 0x80;
          row[p + 6] = (byte) 0xc0;
        }
        z.write(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pngFile(width, height, 16, 6, idat.toByteArray());
  }

  /** A PNG signature, an IHDR with the given size, one tiny IDAT and IEND: a bomb's header. */
  public static byte[] pngHeaderOnly(int width, int height, int bitDepth, int colourType) {
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    try (OutputStream z = new DeflaterOutputStream(idat)) {
      z.write(new byte[1024]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pngFile(width, height, bitDepth, colourType, idat.toByteArray());
  }

  /** An ordinary small PNG with a zTXt chunk that inflates to {@code textBytes} bytes. */
  public static byte[] pngWithTextBomb(int textBytes) {
    byte[] image = png(gradient(32, 32));
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      body.write("Comment".getBytes(StandardCharsets.US_ASCII));
      body.write(0);
      body.write(0); // deflate
      try (OutputStream z =
          new DeflaterOutputStream(body, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
        byte[] block = new byte[1 << 20];
        Arrays.fill(block, (byte) 'a');
        for (int written = 0; written < textBytes; written += block.length) {
          z.write(block, 0, Math.min(block.length, textBytes - written));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // after the IHDR chunk (8 signature + 25)
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(image, 0, 33);
    writeChunk(out, "zTXt", body.toByteArray());
    out.write(image, 33, image.length - 33);
    return out.toByteArray();
  }

  private static byte[] pngFile(int width, int height, int bitDepth, int colourType, byte[] idat) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, 8);
    ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
    DataOutputStream h = new DataOutputStream(ihdr);
    try {
      h.writeInt(width);
      h.writeInt(height);
      h.write(new byte[] {(byte) bitDepth, (byte) colourType, 0, 0, 0});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    writeChunk(out, "IHDR", ihdr.toByteArray());
    writeChunk(out, "IDAT", idat);
    writeChunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
    DataOutputStream o = new DataOutputStream(out);
    try {
      o.writeInt(data.length);
      byte[] name = type.getBytes(StandardCharsets.US_ASCII);
      o.write(name);
      o.write(data);
      CRC32 crc = new CRC32();
      crc.update(name);
      crc.update(data);
      o.writeInt((int) crc.getValue());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- WebP and GIF --------------------------------------------------------------------------

  /**
   * An extended WebP (VP8X) declaring the canvas size, optionally with an ICCP chunk whose profile
   * header claims 2 GB, and a lossless bitstream header of the same size with no pixel data.
   */
  public static byte[] webpCanvas(int width, int height, boolean hugeIcc) {
    ByteArrayOutputStream chunks = new ByteArrayOutputStream();
    byte[] vp8x = new byte[10];
    vp8x[0] = (byte) (hugeIcc ? 0x20 : 0);
    le24(vp8x, 4, width - 1);
    le24(vp8x, 7, height - 1);
    riffChunk(chunks, "VP8X", vp8x);
    if (hugeIcc) {
      riffChunk(chunks, "ICCP", iccHeader(0x7fff_fff0L));
    }
    byte[] vp8l = new byte[5];
    vp8l[0] = 0x2f;
    long bits = (width - 1L) | ((height - 1L) << 14);
    vp8l[1] = (byte) bits;
    vp8l[2] = (byte) (bits >> 8);
    vp8l[3] = (byte) (bits >> 16);
    vp8l[4] = (byte) (bits >> 24);
    riffChunk(chunks, "VP8L", vp8l);
    byte[] body = chunks.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write("RIFF".getBytes(StandardCharsets.US_ASCII), 0, 4);
    byte[] size = new byte[4];
    le32(size, 0, 4 + body.length);
    out.write(size, 0, 4);
    out.write("WEBP".getBytes(StandardCharsets.US_ASCII), 0, 4);
    out.write(body, 0, body.length);
    return out.toByteArray();
  }

  private static void riffChunk(ByteArrayOutputStream out, String type, byte[] data) {
    out.write(type.getBytes(StandardCharsets.US_ASCII), 0, 4);
    byte[] size = new byte[4];
    le32(size, 0, data.length);
    out.write(size, 0, 4);
    out.write(data, 0, data.length);
    if (data.length % 2 == 1) {
      out.write(0);
    }
  }

  private static void le24(byte[] b, int at, int v) {
    b[at] = (byte) v;
    b[at + 1] = (byte) (v >> 8);
    b[at + 2] = (byte) (v >> 16);
  }

  private static void le32(byte[] b, int at, int v) {
    le24(b, at, v);
    b[at + 3] = (byte) (v >> 24);
  }

  /** A GIF header and logical screen descriptor of the given size, and a trailer. */
  public static byte[] gifHeader(int width, int height) {
    return new byte[] {
      'G',
      'I',
      'F',
      '8',
      '9',
      'a',
      (byte) width,
      (byte) (width >> 8),
      (byte) height,
      (byte) (height >> 8),
      0,
      0,
      0,
      0x3b
    };
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
