package org.kith.web.pages;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kith.web.client.ApiProblem;
import org.kith.web.client.Gallery;
import org.kith.web.client.GalleryApi;

/**
 * A consent's evidence (a scan or photo of the signed form) as chosen on the page and sent to the
 * gallery, which checks the bytes against the declared type and keeps them encrypted.
 */
final class EvidenceUpload {
  private static final Map<String, String> NAMES =
      Map.of("application/pdf", "PDF", "image/jpeg", "JPEG", "image/png", "PNG");

  private EvidenceUpload() {}

  static boolean chosen(Part file) {
    return file != null && file.getSize() > 0;
  }

  /**
   * Sends the file; a file of another type or over {@link PersonPage#EVIDENCE_MAX_BYTES} is refused
   * here in the gallery's words, without a round trip.
   */
  static Gallery.Consent send(
      GalleryApi gallery, long patientId, long personId, long consentId, Part file) {
    String type = contentType(file.getSubmittedFileName(), file.getContentType());
    if (type == null) {
      throw new ApiProblem(
          415, "", "Only PDF, JPEG or PNG files can be kept as evidence.", List.of());
    }
    if (file.getSize() > PersonPage.EVIDENCE_MAX_BYTES) {
      throw new ApiProblem(413, "", "The file is larger than 10 MB.", List.of());
    }
    byte[] bytes;
    try (InputStream in = file.getInputStream()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new ApiProblem(
          400, "", "The file could not be read. Please choose it again.", List.of());
    }
    return gallery.uploadEvidence(patientId, personId, consentId, type, bytes);
  }

  /** The gallery's refusal of an evidence file, in words for a clinician. */
  static String explain(ApiProblem problem) {
    return switch (problem.code()) {
      case "EVIDENCE_EMPTY" -> "The file is empty. Choose the scan or photo of the signed form.";
      case "EVIDENCE_TOO_LARGE" ->
          "The file is larger than 10 MB. Scan it at a lower resolution, or as a PDF.";
      case "EVIDENCE_TYPE_NOT_ALLOWED" -> "Only PDF, JPEG or PNG files can be kept as evidence.";
      case "EVIDENCE_TYPE_MISMATCH" ->
          "The file's contents are not what its name says (PDF, JPEG or PNG)."
              + " Save or scan the form again as one of these.";
      case "EVIDENCE_FROZEN" ->
          "This consent is no longer active, so its evidence cannot be changed.";
      default -> problem.message();
    };
  }

  /**
   * The type to declare: the browser's, where it is one of the three; otherwise from the file's
   * name (browsers send {@code application/octet-stream} for some files). Null for anything else.
   */
  static String contentType(String fileName, String declared) {
    String type =
        declared == null ? "" : declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (NAMES.containsKey(type)) {
      return type;
    }
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".pdf")) {
      return "application/pdf";
    }
    if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
      return "image/jpeg";
    }
    if (name.endsWith(".png")) {
      return "image/png";
    }
    return null;
  }

  /** "PDF, 120 KB". */
  static String summary(Gallery.Evidence evidence) {
    if (evidence == null) {
      return "";
    }
    String kind = NAMES.getOrDefault(evidence.contentType(), "File");
    long kb = Math.max(1, (evidence.bytes() + 1023) / 1024);
    return kb < 1024
        ? kind + ", " + kb + " KB"
        : String.format(Locale.ROOT, "%s, %.1f MB", kind, kb / 1024.0);
  }
}
