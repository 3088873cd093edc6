package org.kith.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kith.deploy.testing.ApiClient.Reply;
import org.kith.deploy.testing.IntegrationEnvironment;

/**
 * A patient's life cycle through the built WAR: removing the patient with everything held about
 * them, and the re-enrolment path after the embedding model changed (templates of an earlier model
 * are written by SQL, as an upgrade leaves them).
 */
class PatientLifecycleIT extends GalleryIT {
  private static final String EARLIER_VERSION = "before-upgrade";

  private static long count(String sql, long id) throws SQLException {
    try (Connection db = IntegrationEnvironment.current().connect("kith_gallery");
        PreparedStatement q = db.prepareStatement(sql)) {
      q.setLong(1, id);
      try (ResultSet rs = q.executeQuery()) {
        assertTrue(rs.next());
        return rs.getLong(1);
      }
    }
  }

  @Test
  void removingAPatientErasesEverythingHeldAboutThemAndKillsTheirDevice() throws Exception {
    FacesDev faces = FacesDev.require();
    Setup s = setUp(faces, 2);
    String clinician = tokens().user("clinician");
    String patient = "api/v1/patients/" + s.patient();
    Reply device = api().post(patient + "/devices", clinician, "{\"label\":\"Phone\"}");
    assertEquals(201, device.status(), device::toString);
    String clientId = device.json().getString("clientId");
    String secret = device.json().getString("clientSecret");
    long templates = count("SELECT COUNT(*) FROM face_template WHERE patient_id = ?", s.patient());
    assertTrue(templates >= 2, "templates enrolled: " + templates);
    Path probe = faces.probes.get(faces.identity(0)).get(0);
    assertEquals(200, identify(s.deviceToken(), probe).status(), "the device works before");

    // Another clinic's clinician learns nothing and removes nothing.
    Reply foreign = api().delete(patient, tokens().user("clinician-b"));
    assertEquals(404, foreign.status(), foreign::toString);
    assertTrue(foreign.isProblem(), foreign::toString);
    assertEquals(1, count("SELECT COUNT(*) FROM patient WHERE id = ?", s.patient()));
    assertEquals(
        templates, count("SELECT COUNT(*) FROM face_template WHERE patient_id = ?", s.patient()));
    assertEquals(200, api().get(patient, clinician).status());

    Reply removed = api().delete(patient, tokens().user("clinic-admin"));
    assertEquals(204, removed.status(), removed::toString);

    assertEquals(404, api().get(patient, clinician).status());
    assertEquals(404, api().delete(patient, clinician).status());
    assertEquals(0, count("SELECT COUNT(*) FROM patient WHERE id = ?", s.patient()));
    for (String table : new String[] {"face_template", "known_person", "device"}) {
      assertEquals(
          0, count("SELECT COUNT(*) FROM " + table + " WHERE patient_id = ?", s.patient()), table);
    }
    for (long person : s.persons().values()) {
      assertEquals(0, count("SELECT COUNT(*) FROM consent WHERE person_id = ?", person));
      assertEquals(0, count("SELECT COUNT(*) FROM person_thumbnail WHERE person_id = ?", person));
    }

    // The device's token from before no longer identifies, and its secret gets no new token.
    Reply after = identify(s.deviceToken(), probe);
    assertTrue(after.status() == 401 || after.status() == 403, after::toString);
    assertThrows(
        IllegalStateException.class,
        () -> tokens().client(clientId, secret),
        "a removed patient's device gets no token");

    List<JsonObject> audited = auditEvents(s.patient(), "PATIENT_ERASED");
    assertEquals(1, audited.size(), audited::toString);
    assertEquals(
        "patient removed with 2 known person(s), "
            + templates
            + " template(s), 2 consent record(s) and 2 device(s)",
        audited.get(0).getString("reason", null),
        audited::toString);
    assertEquals(2, auditEvents(s.patient(), "PERSON_ERASED").size());
  }

  @Test
  void aPatientWithoutPersonsOrDevicesIsRemovedToo() throws Exception {
    String admin = tokens().user("clinic-admin");
    long patient = patient(admin);
    assertEquals(204, api().delete("api/v1/patients/" + patient, admin).status());
    assertEquals(0, count("SELECT COUNT(*) FROM patient WHERE id = ?", patient));
    Reply unknown = api().delete("api/v1/patients/" + patient, admin);
    assertEquals(404, unknown.status(), unknown::toString);
    assertEquals("NOT_FOUND", unknown.json().getString("code"));
  }

  @Test
  void theOpenApiDocumentDescribesRemovalAndReEnrolment() {
    Reply openapi = api().get("/openapi", null);
    assertEquals(200, openapi.status(), openapi::toString);
    for (String documented :
        List.of(
            "/api/v1/re-enrolment",
            "Remove a patient and everything held about them",
            "The clinic's persons that need re-enrolment",
            "Delete the person's templates of earlier face models")) {
      assertTrue(openapi.body().contains(documented), documented);
    }
  }

  /** Copies a person's templates to another person, labelled with an earlier model version. */
  private static void insertEarlierModelTemplates(long patient, long from, long to)
      throws SQLException {
    try (Connection db = IntegrationEnvironment.current().connect("kith_gallery");
        PreparedStatement copy =
            db.prepareStatement(
                "INSERT INTO face_template (clinic_id, patient_id, person_id, model_id,"
                    + " model_version, dimension, embedding, quality_score, brightness, contrast,"
                    + " sharpness, face_size, occlusion, detection_score, liveness, yaw, pitch,"
                    + " roll, source_sha256, created_at, created_by)"
                    + " SELECT clinic_id, patient_id, ?, model_id, ?, dimension, embedding,"
                    + " quality_score, brightness, contrast, sharpness, face_size, occlusion,"
                    + " detection_score, liveness, yaw, pitch, roll, source_sha256, created_at,"
                    + " created_by FROM face_template WHERE person_id = ?");
        PreparedStatement bump =
            db.prepareStatement(
                "UPDATE patient SET gallery_version = gallery_version + 1 WHERE id = ?")) {
      copy.setLong(1, to);
      copy.setString(2, EARLIER_VERSION);
      copy.setLong(3, from);
      assertTrue(copy.executeUpdate() > 0);
      bump.setLong(1, patient);
      bump.executeUpdate();
    }
  }

  private static boolean names(Reply answer, long person) {
    return faces(answer).stream()
        .anyMatch(
            f ->
                f.getString("decision").equals("KNOWN")
                    && f.getJsonNumber("personId").longValue() == person);
  }

  private Optional<JsonObject> listed(String token, long person) {
    return api().get("api/v1/re-enrolment", token).json().getJsonArray("persons").stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> p.getJsonNumber("personId").longValue() == person)
        .findFirst();
  }

  @Test
  void templatesOfAnEarlierModelAreFlaggedUnusedAndRemovedOnlyOnRequest() throws Exception {
    FacesDev faces = FacesDev.require();
    Setup s = setUp(faces, 1);
    String clinician = tokens().user("clinician");
    long anna = s.persons().values().iterator().next();
    // A probe of Anna that is recognised while only her own templates exist.
    Path probe =
        faces.probes.get(faces.identity(0)).stream()
            .filter(p -> names(identify(s.deviceToken(), p), anna))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no probe of the enrolled person recognised"));

    // Ben's only templates are copies of Anna's, made by "an earlier model": if identify compared
    // them, Ben would tie with Anna and she could no longer be named.
    long ben = addPerson(clinician, s.patient(), "Ben Earlier");
    consent(clinician, s.patient(), ben);
    insertEarlierModelTemplates(s.patient(), anna, ben);
    long stale = count("SELECT COUNT(*) FROM face_template WHERE person_id = ?", ben);

    String benPath = "api/v1/patients/" + s.patient() + "/persons/" + ben;
    JsonObject benShown = api().get(benPath, clinician).json();
    assertTrue(benShown.getBoolean("needsReEnrolment"), benShown::toString);
    assertEquals(0, benShown.getJsonNumber("currentModelTemplateCount").longValue());
    assertEquals(stale, benShown.getJsonNumber("templateCount").longValue());
    JsonObject annaShown =
        api().get("api/v1/patients/" + s.patient() + "/persons/" + anna, clinician).json();
    assertFalse(annaShown.getBoolean("needsReEnrolment"), annaShown::toString);
    assertTrue(
        api().get("api/v1/patients/" + s.patient() + "/persons", clinician).jsonArray().stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                p -> p.getJsonNumber("id").longValue() == ben && p.getBoolean("needsReEnrolment")),
        "the list shows the flag too");

    JsonObject annaTemplate =
        api()
            .get("api/v1/patients/" + s.patient() + "/persons/" + anna + "/templates", clinician)
            .jsonArray()
            .getJsonObject(0)
            .getJsonObject("model");
    String current = annaTemplate.getString("id") + "@" + annaTemplate.getString("version");
    Reply overview = api().get("api/v1/re-enrolment", tokens().user("clinic-admin"));
    assertEquals(200, overview.status(), overview::toString);
    assertEquals(current, overview.json().getString("currentModel"));
    JsonObject entry = listed(clinician, ben).orElseThrow(() -> new AssertionError(overview));
    assertEquals(s.patient(), entry.getJsonNumber("patientId").longValue());
    assertEquals("Ben Earlier", entry.getString("displayName"));
    assertEquals(stale, entry.getJsonNumber("staleTemplateCount").longValue());
    assertEquals(
        List.of(annaTemplate.getString("id") + "@" + EARLIER_VERSION),
        entry.getJsonArray("models").getValuesAs(jakarta.json.JsonString::getString));
    assertTrue(listed(clinician, anna).isEmpty(), "Anna has templates of the running model");
    assertTrue(listed(tokens().user("clinician-b"), ben).isEmpty(), "other clinics see nothing");

    assertTrue(
        names(identify(s.deviceToken(), probe), anna),
        "templates of an earlier model take no part in matching");

    // New photos (of someone else, as far as the data set goes) bring Ben back under the model.
    Reply enrolled = enrol(clinician, s.patient(), ben, faces.gallery.get(faces.identity(1)));
    assertEquals(200, enrolled.status(), enrolled::toString);
    JsonObject benAfter = api().get(benPath, clinician).json();
    assertFalse(benAfter.getBoolean("needsReEnrolment"), benAfter::toString);
    long fresh = benAfter.getJsonNumber("currentModelTemplateCount").longValue();
    assertTrue(fresh >= 1, benAfter::toString);
    assertEquals(stale + fresh, benAfter.getJsonNumber("templateCount").longValue());
    assertTrue(listed(clinician, ben).isEmpty());

    Reply refused = api().delete(benPath + "/templates", clinician);
    assertEquals(400, refused.status(), refused::toString);
    assertTrue(refused.isProblem());
    assertEquals(
        stale + fresh, count("SELECT COUNT(*) FROM face_template WHERE person_id = ?", ben));
    assertEquals(
        404,
        api().delete(benPath + "/templates?stale=true", tokens().user("clinician-b")).status());

    Reply cleaned = api().delete(benPath + "/templates?stale=true", clinician);
    assertEquals(200, cleaned.status(), cleaned::toString);
    assertEquals(stale, cleaned.json().getInt("removed"));
    assertEquals(fresh, count("SELECT COUNT(*) FROM face_template WHERE person_id = ?", ben));
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM face_template WHERE patient_id = ? AND model_version = '"
                + EARLIER_VERSION
                + "'",
            s.patient()));
    assertTrue(
        count("SELECT COUNT(*) FROM face_template WHERE person_id = ?", anna) > 0,
        "other persons' templates are untouched");
    List<JsonObject> erased = auditEvents(s.patient(), "TEMPLATE_ERASED");
    assertEquals(
        stale,
        erased.stream()
            .filter(e -> e.getString("reason", "").startsWith("made by an earlier face model"))
            .count(),
        erased::toString);
    assertEquals(
        0, api().delete(benPath + "/templates?stale=true", clinician).json().getInt("removed"));
    assertNotNull(api().get(benPath, clinician).json().get("currentModelTemplateCount"));
  }
}
