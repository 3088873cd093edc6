package org.kith.recognition.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kith.recognition.testing.TestImages;

class ImageFormatTest {
  @Test
  void recognisesFormatsByTheirMagicBytesOnly() {
    assertEquals(Optional.of(ImageFormat.JPEG), ImageFormat.sniff(TestImages.truncatedJpeg()));
    assertEquals(Optional.of(ImageFormat.PNG), ImageFormat.sniff(TestImages.hugePngHeader()));
    assertEquals(
        Optional.of(ImageFormat.WEBP),
        ImageFormat.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals(Optional.empty(), ImageFormat.sniff(TestImages.textNamedJpeg()));
    assertEquals(Optional.empty(), ImageFormat.sniff(new byte[] {(byte) 0xff, (byte) 0xd8}));
  }
}
