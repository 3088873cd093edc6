package org.kith.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.kith.deploy.testing.ApiClient.Download;
import org.kith.deploy.testing.ApiClient.Reply;
import org.kith.deploy.testing.IntegrationEnvironment;

/**
 * Per-clinic thumbnails through the real stack: off by default, switched by the clinic's
 * administrator, cut from real enrolment photos by the real recognition module, erased with the
 * templates and when switched off. Only demo-clinic's setting is ever changed here.
 */
class ThumbnailsIT extends GalleryIT {
  private static final String SETTINGS = "api/v1/clinic/settings";
  private final FacesDev faces = FacesDev.require();

  private record Person(long patient, long person, String path) {}

  private void thumbnails(boolean enabled) {
    Reply set =
        api().put(SETTINGS, tokens().user("clinic-admin"), "{\"thumbnails\":" + enabled + "}");
    assertEquals(200, set.status(), set::toString);
    assertEquals(enabled, set.json().getBoolean("thumbnails"));
  }

  private Person enrolled(String clinician, int identity) {
    long patient = patient(clinician);
    long person = addPerson(clinician, patient, "Thumbnail Person");
    consent(clinician, patient, person);
    Reply enrolled = enrol(clinician, patient, person, faces.gallery.get(faces.identity(identity)));
    assertEquals(200, enrolled.status(), enrolled::toString);
    return new Person(patient, person, "api/v1/patients/" + patient + "/persons/" + person);
  }

  private boolean hasThumbnail(String token, Person p) {
    Reply person = api().get(p.path(), token);
    assertEquals(200, person.status(), person::toString);
    return person.json().getBoolean("hasThumbnail");
  }

  private static long storedThumbnails(String clinic) throws Exception {
    try (Connection c = IntegrationEnvironment.current().connect("kith_gallery");
        PreparedStatement q =
            c.prepareStatement("SELECT COUNT(*) FROM person_thumbnail WHERE clinic_id = ?")) {
      q.setString(1, clinic);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static void assertProblem(Reply reply, int status, String code) {
    assertEquals(status, reply.status(), reply::toString);
    assertTrue(reply.isProblem(), reply::toString);
    assertEquals(code, reply.json().getString("code"), reply::toString);
  }

  @Test
  void settingsAreOffByDefaultAndOnlyTheClinicAdministratorChangesThem() {
    Reply otherClinic = api().get(SETTINGS, tokens().user("clinician-b"));
    assertEquals(200, otherClinic.status(), otherClinic::toString);
    assertFalse(otherClinic.json().getBoolean("thumbnails"), "disabled unless a clinic enables it");

    String clinician = tokens().user("clinician");
    Reply refused = api().put(SETTINGS, clinician, "{\"thumbnails\":true}");
    assertEquals(403, refused.status(), refused::toString);
    assertTrue(refused.isProblem(), refused::toString);
    Reply incomplete = api().put(SETTINGS, tokens().user("clinic-admin"), "{}");
    assertEquals(400, incomplete.status(), incomplete::toString);

    thumbnails(true);
    assertTrue(api().get(SETTINGS, clinician).json().getBoolean("thumbnails"));
    assertFalse(
        api().get(SETTINGS, tokens().user("clinician-b")).json().getBoolean("thumbnails"),
        "one clinic's setting is its own");
    List<JsonObject> audited =
        companionApi()
            .get("audit/api/v1/events?action=CLINIC_CHANGED&limit=200", tokens().user("reviewer"))
            .jsonArray()
            .stream()
            .map(JsonValue::asJsonObject)
            .toList();
    assertTrue(
        audited.stream().anyMatch(e -> "thumbnails enabled".equals(e.getString("reason", null))),
        audited::toString);
  }

  @Test
  void anEnrolmentKeepsASmallEncryptedThumbnailThatWithdrawalErases() throws Exception {
    thumbnails(true);
    String clinician = tokens().user("clinician");
    Person p = enrolled(clinician, 0);
    assertTrue(hasThumbnail(clinician, p));

    Download thumbnail = api().download(p.path() + "/thumbnail", clinician);
    assertEquals(200, thumbnail.status());
    assertEquals("image/jpeg", thumbnail.header("Content-Type"));
    assertTrue(thumbnail.header("Cache-Control").contains("no-store"));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(thumbnail.body()));
    assertTrue(image.getWidth() <= 160 && image.getHeight() <= 160, image::toString);
    assertTrue(image.getWidth() >= 40 && image.getHeight() >= 40, image::toString);

    try (Connection c = IntegrationEnvironment.current().connect("kith_gallery");
        PreparedStatement q =
            c.prepareStatement("SELECT ciphertext FROM person_thumbnail WHERE person_id = ?")) {
      q.setLong(1, p.person());
      try (ResultSet rs = q.executeQuery()) {
        assertTrue(rs.next());
        byte[] stored = rs.getBytes(1);
        assertFalse(
            stored[0] == (byte) 0xFF && stored[1] == (byte) 0xD8, "stored encrypted, not as JPEG");
      }
    }

    String other = tokens().user("clinician-b");
    Download foreign = api().download(p.path() + "/thumbnail", other);
    assertEquals(404, foreign.status());

    String consents = p.path() + "/consents";
    long consent = api().get(consents, clinician).jsonArray().getJsonObject(0).getInt("id");
    assertEquals(200, api().post(consents + "/" + consent + "/withdrawal", clinician, "").status());
    assertFalse(hasThumbnail(clinician, p));
    assertProblem(api().get(p.path() + "/thumbnail", clinician), 404, "THUMBNAIL_NOT_FOUND");
  }

  @Test
  void deletingTheLastTemplateErasesTheThumbnail() {
    thumbnails(true);
    String clinician = tokens().user("clinician");
    Person p = enrolled(clinician, 1);
    assertTrue(hasThumbnail(clinician, p));
    List<JsonObject> templates =
        api().get(p.path() + "/templates", clinician).jsonArray().stream()
            .map(JsonValue::asJsonObject)
            .toList();
    for (int i = 0; i < templates.size(); i++) {
      Reply deleted =
          api().delete(p.path() + "/templates/" + templates.get(i).getJsonNumber("id"), clinician);
      assertTrue(deleted.status() == 200 || deleted.status() == 204, deleted::toString);
      assertEquals(i < templates.size() - 1, hasThumbnail(clinician, p), "after delete " + i);
    }
  }

  @Test
  void turningThumbnailsOffErasesEveryThumbnailOfTheClinicAndKeepsNoNewOnes() throws Exception {
    thumbnails(true);
    String clinician = tokens().user("clinician");
    Person kept = enrolled(clinician, 2);
    assertTrue(hasThumbnail(clinician, kept));

    thumbnails(false);
    assertEquals(0, storedThumbnails("demo-clinic"));
    assertFalse(hasThumbnail(clinician, kept));
    assertProblem(api().get(kept.path() + "/thumbnail", clinician), 404, "THUMBNAIL_NOT_FOUND");

    Person later = enrolled(clinician, 3);
    assertFalse(hasThumbnail(clinician, later), "no thumbnail while disabled");
  }
}
