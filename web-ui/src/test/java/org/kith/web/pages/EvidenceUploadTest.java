package org.kith.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kith.web.client.Gallery;

class EvidenceUploadTest {

  @Test
  void theBrowsersTypeIsKeptWhenItIsOneOfTheThree() {
    assertEquals("application/pdf", EvidenceUpload.contentType("form.bin", "application/pdf"));
    assertEquals("image/png", EvidenceUpload.contentType("x", "image/PNG; charset=binary"));
  }

  @Test
  void anUnhelpfulTypeFallsBackToTheFileName() {
    assertEquals("image/jpeg", EvidenceUpload.contentType("Scan.JPEG", "application/octet-stream"));
    assertEquals("application/pdf", EvidenceUpload.contentType("form.pdf", null));
    assertNull(EvidenceUpload.contentType("notes.txt", "text/plain"));
  }

  @Test
  void theGallerysRefusalsReadAsPlainEnglish() {
    String mismatch =
        EvidenceUpload.explain(
            new org.kith.web.client.ApiProblem(
                400,
                "EVIDENCE_TYPE_MISMATCH",
                "the file is not a application/pdf file",
                List.of()));
    assertEquals(
        "The file's contents are not what its name says (PDF, JPEG or PNG)."
            + " Save or scan the form again as one of these.",
        mismatch);
    assertEquals(
        "Something else",
        EvidenceUpload.explain(
            new org.kith.web.client.ApiProblem(400, "OTHER", "Something else", List.of())));
  }

  @Test
  void summaryNamesTheKindAndSize() {
    Instant now = Instant.parse("2026-11-23T15:00:00Z");
    assertEquals(
        "PDF, 121 KB",
        EvidenceUpload.summary(
            new Gallery.Evidence("application/pdf", 123_000, "ab", now, "clinician")));
    assertEquals(
        "PNG, 2.5 MB",
        EvidenceUpload.summary(
            new Gallery.Evidence("image/png", 2_621_440, "ab", now, "clinician")));
    assertEquals("", EvidenceUpload.summary(null));
  }
}
