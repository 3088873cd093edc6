package org.kith.api.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class ExifOrientationTagTest {
  /** A TIFF block with IFD0 holding {@code entries} entries, the orientation among them last. */
  private static byte[] tiff(boolean bigEndian, int orientation, int entries, int declared) {
    ByteBuffer b = ByteBuffer.allocate(8 + 2 + 12 * entries + 4);
    b.order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    b.put(bigEndian ? (byte) 'M' : (byte) 'I').put(bigEndian ? (byte) 'M' : (byte) 'I');
    b.putShort((short) 42).putInt(8).putShort((short) declared);
    for (int i = 0; i < entries - 1; i++) {
      b.putShort((short) 0x0100).putShort((short) 3).putInt(1).putInt(640);
    }
    b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation);
    b.putShort((short) 0).putInt(8); // next IFD: itself, a loop
    return b.array();
  }

  private static byte[] jpegWith(byte[] tiff) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe1}, 0, 4);
    int length = 2 + 6 + tiff.length;
    out.write(length >> 8);
    out.write(length);
    out.write(new byte[] {'E', 'x', 'i', 'f', 0, 0}, 0, 6);
    out.write(tiff, 0, tiff.length);
    out.write(new byte[] {(byte) 0xff, (byte) 0xd9}, 0, 2);
    return out.toByteArray();
  }

  @Test
  void readsTheTagInEitherByteOrderAndIgnoresTheLoop() {
    for (int o = 1; o <= 8; o++) {
      assertEquals(o, ExifOrientationTag.read(jpegWith(tiff(true, o, 3, 3))));
      assertEquals(o, ExifOrientationTag.read(jpegWith(tiff(false, o, 3, 3))));
    }
  }

  @Test
  void anythingImplausibleIsAsStored() {
    assertEquals(1, ExifOrientationTag.read(jpegWith(tiff(true, 9, 1, 1))), "out of range");
    assertEquals(1, ExifOrientationTag.read(jpegWith(tiff(true, 6, 2, 65535))), "entry count");
    assertEquals(1, ExifOrientationTag.read(new byte[] {(byte) 0xff, (byte) 0xd8}));
    assertEquals(1, ExifOrientationTag.read("not an image".getBytes()));
    assertEquals(1, ExifOrientationTag.read(null));
    byte[] cut = jpegWith(tiff(true, 6, 3, 3));
    assertEquals(1, ExifOrientationTag.read(java.util.Arrays.copyOf(cut, 30)), "truncated");
  }
}
