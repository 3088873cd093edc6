package org.kith.gallery.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvidenceTypeTest {
  private static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};

  @Test
  void theDeclaredTypeIsReadFromTheContentTypeHeader() {
    assertEquals(Optional.of(EvidenceType.PDF), EvidenceType.ofMediaType("application/pdf"));
    assertEquals(Optional.of(EvidenceType.JPEG), EvidenceType.ofMediaType("IMAGE/JPEG; q=1"));
    assertEquals(Optional.of(EvidenceType.PNG), EvidenceType.ofMediaType(" image/png "));
    assertEquals(Optional.empty(), EvidenceType.ofMediaType("image/gif"));
    assertEquals(Optional.empty(), EvidenceType.ofMediaType("text/html"));
    assertEquals(Optional.empty(), EvidenceType.ofMediaType(null));
  }

  @Test
  void eachTypeMatchesOnlyItsOwnLeadingBytes() {
    assertTrue(EvidenceType.PDF.matches(PDF));
    assertTrue(EvidenceType.JPEG.matches(JPEG));
    assertTrue(EvidenceType.PNG.matches(PNG));
    assertFalse(EvidenceType.PDF.matches(JPEG));
    assertFalse(EvidenceType.JPEG.matches(PNG));
    assertFalse(EvidenceType.PNG.matches(PDF));
    assertFalse(
        EvidenceType.PDF.matches("<html>%PDF-".getBytes(StandardCharsets.ISO_8859_1)),
        "the signature must be at the start");
  }

  @Test
  void tooShortOrEmptyContentMatchesNothing() {
    assertFalse(EvidenceType.PNG.matches(new byte[] {(byte) 0x89, 'P', 'N'}));
    assertFalse(EvidenceType.PDF.matches(new byte[0]));
    assertFalse(EvidenceType.JPEG.matches(null));
  }
}
