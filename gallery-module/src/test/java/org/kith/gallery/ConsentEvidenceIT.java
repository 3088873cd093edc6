package org.kith.gallery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kith.deploy.testing.ApiClient.Download;
import org.kith.deploy.testing.ApiClient.Reply;
import org.kith.deploy.testing.IntegrationEnvironment;

/** Consent evidence files through the built WAR: stored encrypted, read back, refused cleanly. */
class ConsentEvidenceIT extends GalleryIT {
  private static final byte[] PDF =
      "%PDF-1.4\n% signed consent form of a known person\n%%EOF\n"
          .getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  private record Consent(long patient, long person, long consent, String path) {}

  private Consent consentOfNewPerson(String token) {
    long patient = patient(token);
    long person = addPerson(token, patient, "Evidence Person");
    long consent = consent(token, patient, person);
    return new Consent(
        patient,
        person,
        consent,
        "api/v1/patients/" + patient + "/persons/" + person + "/consents/" + consent);
  }

  private static void assertProblem(Reply reply, int status, String code) {
    assertEquals(status, reply.status(), reply::toString);
    assertTrue(reply.isProblem(), reply::toString);
    assertEquals(code, reply.json().getString("code"), reply::toString);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void anUploadedFormIsListedWithTheConsentAndDownloadsAsItWasSent() throws Exception {
    String clinician = tokens().user("clinician");
    Consent c = consentOfNewPerson(clinician);
    Reply uploaded = api().putBytes(c.path() + "/evidence", clinician, "application/pdf", PDF);
    assertEquals(200, uploaded.status(), uploaded::toString);
    JsonObject evidence = uploaded.json().getJsonObject("evidence");
    assertEquals("application/pdf", evidence.getString("contentType"));
    assertEquals(PDF.length, evidence.getJsonNumber("bytes").longValue());
    assertEquals(sha256(PDF), evidence.getString("sha256"));
    assertFalse(evidence.getString("uploadedBy").isBlank());
    assertFalse(evidence.isNull("uploadedAt"));
    assertEquals(c.consent(), uploaded.json().getJsonNumber("id").longValue());

    JsonObject listed =
        api()
            .get(
                "api/v1/patients/" + c.patient() + "/persons/" + c.person() + "/consents",
                clinician)
            .jsonArray()
            .getJsonObject(0);
    assertEquals(sha256(PDF), listed.getJsonObject("evidence").getString("sha256"));

    Download file = api().download(c.path() + "/evidence", clinician);
    assertEquals(200, file.status());
    assertArrayEquals(PDF, file.body());
    assertEquals("application/pdf", file.header("Content-Type"));
    assertEquals(
        "attachment; filename=\"consent-" + c.consent() + "-evidence.pdf\"",
        file.header("Content-Disposition"));
    assertTrue(file.header("Cache-Control").contains("no-store"), file.header("Cache-Control"));

    try (Connection db = IntegrationEnvironment.current().connect("kith_gallery");
        PreparedStatement q =
            db.prepareStatement(
                "SELECT key_id, ciphertext FROM consent_evidence WHERE consent_id = ?")) {
      q.setLong(1, c.consent());
      try (ResultSet rs = q.executeQuery()) {
        assertTrue(rs.next());
        assertFalse(rs.getString(1).isBlank(), "the key id is stored beside the ciphertext");
        String stored = new String(rs.getBytes(2), StandardCharsets.ISO_8859_1);
        assertFalse(stored.contains("signed consent form"), "stored encrypted");
        assertFalse(stored.startsWith("%PDF"), "stored encrypted");
      }
    }

    Reply replaced = api().putBytes(c.path() + "/evidence", clinician, "image/png", PNG);
    assertEquals(200, replaced.status(), replaced::toString);
    Download png = api().download(c.path() + "/evidence", clinician);
    assertArrayEquals(PNG, png.body());
    assertEquals("image/png", png.header("Content-Type"));
    assertTrue(png.header("Content-Disposition").endsWith("-evidence.png\""));

    List<JsonObject> audited =
        companionApi()
            .get(
                "audit/api/v1/events?patient=" + c.patient() + "&action=CONSENT_CHANGED&limit=50",
                tokens().user("reviewer"))
            .jsonArray()
            .stream()
            .map(JsonValue::asJsonObject)
            .toList();
    assertEquals(2, audited.size(), audited::toString);
    assertTrue(
        audited.stream()
            .anyMatch(
                e ->
                    ("evidence uploaded (application/pdf, " + PDF.length + " bytes)")
                        .equals(e.getString("reason", null))),
        audited::toString);
  }

  @Test
  void eachRefusalIsItsOwnProblemAndLeavesTheEarlierFileUntouched() {
    String clinician = tokens().user("clinician");
    Consent c = consentOfNewPerson(clinician);
    String evidence = c.path() + "/evidence";
    assertProblem(api().get(evidence, clinician), 404, "EVIDENCE_NOT_FOUND");
    assertEquals(200, api().putBytes(evidence, clinician, "application/pdf", PDF).status());

    assertProblem(
        api().putBytes(evidence, clinician, "application/pdf", new byte[0]), 400, "EVIDENCE_EMPTY");
    assertProblem(
        api().putBytes(evidence, clinician, "image/gif", "GIF89a".getBytes(StandardCharsets.UTF_8)),
        415,
        "EVIDENCE_TYPE_NOT_ALLOWED");
    assertProblem(api().putBytes(evidence, clinician, null, PDF), 415, "EVIDENCE_TYPE_NOT_ALLOWED");
    assertProblem(
        api().putBytes(evidence, clinician, "application/pdf", PNG), 400, "EVIDENCE_TYPE_MISMATCH");
    byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
    assertProblem(
        api().putBytes(evidence, clinician, "application/pdf", large), 413, "EVIDENCE_TOO_LARGE");

    Download kept = api().download(evidence, clinician);
    assertEquals(200, kept.status());
    assertArrayEquals(PDF, kept.body(), "refused uploads left the earlier file as it was");
  }

  @Test
  void evidenceOutlivesAWithdrawalButCanNoLongerBeChanged() {
    String clinician = tokens().user("clinician");
    Consent c = consentOfNewPerson(clinician);
    String evidence = c.path() + "/evidence";
    assertEquals(200, api().putBytes(evidence, clinician, "application/pdf", PDF).status());
    Reply withdrawn = api().post(c.path() + "/withdrawal", clinician, "");
    assertEquals(200, withdrawn.status(), withdrawn::toString);
    assertEquals(PDF.length, withdrawn.json().getJsonObject("evidence").getInt("bytes"));

    assertProblem(api().putBytes(evidence, clinician, "image/png", PNG), 409, "EVIDENCE_FROZEN");
    assertArrayEquals(PDF, api().download(evidence, clinician).body());
  }

  @Test
  void anotherClinicCanNeitherUploadNorDownload() {
    String clinician = tokens().user("clinician");
    Consent c = consentOfNewPerson(clinician);
    String evidence = c.path() + "/evidence";
    assertEquals(200, api().putBytes(evidence, clinician, "application/pdf", PDF).status());
    String other = tokens().user("clinician-b");
    Reply upload = api().putBytes(evidence, other, "application/pdf", PNG);
    assertEquals(404, upload.status(), upload::toString);
    assertTrue(upload.isProblem());
    Download download = api().download(evidence, other);
    assertEquals(404, download.status());
    assertArrayEquals(PDF, api().download(evidence, clinician).body());
  }

  @Test
  void removingThePersonErasesTheirConsentsAndEvidenceAndIsAudited() throws Exception {
    String clinician = tokens().user("clinician");
    Consent c = consentOfNewPerson(clinician);
    assertEquals(
        200, api().putBytes(c.path() + "/evidence", clinician, "application/pdf", PDF).status());
    String person = "api/v1/patients/" + c.patient() + "/persons/" + c.person();

    // Another clinic cannot even learn that the person exists.
    assertProblem(api().delete(person, tokens().user("clinician-b")), 404, "NOT_FOUND");
    assertEquals(200, api().get(person, clinician).status());

    Reply removed = api().delete(person, clinician);
    assertEquals(204, removed.status(), removed::toString);
    assertProblem(api().get(person, clinician), 404, "NOT_FOUND");
    assertProblem(api().delete(person, clinician), 404, "NOT_FOUND");
    try (Connection db = IntegrationEnvironment.current().connect("kith_gallery")) {
      for (String table : new String[] {"consent", "known_person"}) {
        try (PreparedStatement q =
            db.prepareStatement(
                "SELECT COUNT(*) FROM "
                    + table
                    + " WHERE "
                    + (table.equals("consent") ? "person_id" : "id")
                    + " = ?")) {
          q.setLong(1, c.person());
          try (ResultSet rs = q.executeQuery()) {
            assertTrue(rs.next());
            assertEquals(0, rs.getInt(1), table);
          }
        }
      }
      try (PreparedStatement q =
          db.prepareStatement("SELECT COUNT(*) FROM consent_evidence WHERE consent_id = ?")) {
        q.setLong(1, c.consent());
        try (ResultSet rs = q.executeQuery()) {
          assertTrue(rs.next());
          assertEquals(0, rs.getInt(1), "evidence erased with its consent");
        }
      }
    }
    List<JsonObject> audited =
        companionApi()
            .get(
                "audit/api/v1/events?patient=" + c.patient() + "&action=PERSON_ERASED&limit=50",
                tokens().user("reviewer"))
            .jsonArray()
            .stream()
            .map(JsonValue::asJsonObject)
            .toList();
    assertEquals(1, audited.size(), audited::toString);
    assertEquals(
        "person removed with 1 consent record(s)",
        audited.get(0).getString("reason", null),
        audited::toString);
  }
}
