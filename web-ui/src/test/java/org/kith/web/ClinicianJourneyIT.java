package org.kith.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kith.deploy.environment.Secrets;
import org.kith.deploy.testing.ApiClient;
import org.kith.deploy.testing.IntegrationEnvironment;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The clinician's journey in a real browser against the real stack: Keycloak's login form, the UI
 * on Payara Micro and the gallery and audit beside it. Screenshots of each step go to
 * target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClinicianJourneyIT {
  private static final Logger LOG = Logger.getLogger(ClinicianJourneyIT.class.getName());

  /** Set by the journey, read by the later tests. */
  private static String patientUrl;

  private static String pseudonym;

  @Deployment(testable = false)
  static WebArchive war() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/ui.war"));
  }

  /** The gallery, recognition and audit start beside the UI; the steps need them up. */
  @BeforeAll
  static void companionsReady() {
    IntegrationEnvironment.current().companions();
  }

  @ArquillianResource URL deployed;

  private String ui(String page) {
    return deployed.toString().replace("//localhost:", "//127.0.0.1:") + page;
  }

  private static String password() {
    return IntegrationEnvironment.current().secrets().get(Secrets.DEMO_PASSWORD);
  }

  /** Thumbnails are off by default; the clinic administrator turns them on for the journey. */
  @Test
  @Order(0)
  void clinicAdminTurnsThumbnailsOn() {
    try (Browser b = new Browser("settings")) {
      b.open(ui("index.xhtml"));
      b.logIn("clinic-admin", password());
      GalleryUxSteps.turnThumbnailsOn(b);
      b.accessibility.assertNone();
    }
  }

  @Test
  @Order(1)
  void clinicianManagesAPatientsPeopleConsentAndDevices() throws Exception {
    try (Browser b = new Browser("journey")) {
      b.open(ui("index.xhtml"));
      b.screenshot("keycloak-login");
      b.logIn("clinician", password());
      b.byId("newPatient:pseudonym");
      assertTrue(b.text().contains("demo-clinic"), b.text());
      b.screenshot("dashboard");
      b.checkAccessibility("dashboard");

      pseudonym = "Patient-" + Long.toString(System.nanoTime(), 36);
      b.type("newPatient:pseudonym", pseudonym);
      b.submit("newPatient:register");
      assertEquals(pseudonym, b.byId("patient-name").getText());
      patientUrl = b.driver.getCurrentUrl();
      b.screenshot("patient-created");

      b.submit("personForm:savePerson");
      String empty = b.text();
      assertTrue(empty.contains("Enter the name the device should say"), empty);
      assertTrue(empty.contains("Enter how the patient knows this person"), empty);
      b.screenshot("empty-person-form");
      b.checkAccessibility("patient with field messages");

      b.type("personForm:displayName", "Anna");
      b.type("personForm:relationship", "daughter");
      b.type("personForm:memoryCue", "Visits on Sundays with her dog");
      b.submit("personForm:savePerson");
      String withPerson = b.text();
      assertTrue(withPerson.contains("Anna was added"), withPerson);
      assertTrue(withPerson.contains("Consent: NONE"), withPerson);
      b.screenshot("person-added");
      b.checkAccessibility("patient");

      b.driver.findElement(By.linkText("Consent and photos")).click();
      b.byId("consentForm:recordConsent");
      // The address names the person; after a form is posted it no longer does.
      String personUrl = b.driver.getCurrentUrl();
      assertEquals("NONE", b.byId("consent-status").getText());
      b.checkAccessibility("person, consent form");
      b.submit("consentForm:recordConsent");
      String refused = b.text();
      assertTrue(refused.contains("must say where the signed form is kept"), refused);
      b.screenshot("consent-field-message");
      b.checkAccessibility("person, consent field messages");
      GalleryUxSteps.consentWithEvidence(b);
      assertEquals("ACTIVE", b.byId("consent-status").getText());
      assertTrue(b.text().contains("Consent binder, shelf 3"), b.text());
      b.screenshot("consent-recorded");
      b.checkAccessibility("person, consent recorded and enrolment forms");

      b.open(patientUrl);
      b.type("deviceForm:label", "Anna's glasses");
      b.submit("deviceForm:registerDevice");
      String secret = b.byId("client-secret").getText();
      assertFalse(secret.isBlank(), "the secret is shown once");
      assertTrue(b.byId("token-endpoint").getText().endsWith("/protocol/openid-connect/token"));
      assertTrue(b.text().contains("shown only this once"), b.text());
      b.screenshot("device-registered");
      b.checkAccessibility("patient, device credentials");
      String clientId = b.byId("client-id").getText();
      b.open(patientUrl);
      assertFalse(b.text().contains(secret), "the secret is not shown again");
      assertTrue(b.text().contains("Anna's glasses"), b.text());

      Enrolment.enrolAndTry(b, personUrl, patientUrl);
      if (Enrolment.identified) {
        GalleryUxSteps.cardShowsThumbnail(b, patientUrl);
      }
      Enrolment.eraseOneTemplate(b, personUrl);
      revokeDevice(b, clientId, secret);

      b.open(personUrl);
      assertTrue(b.byId("withdraw-warning").getText().contains("erases"));
      b.byId("withdrawForm:withdraw").click();
      b.driver.switchTo().alert().accept();
      new org.openqa.selenium.support.ui.WebDriverWait(b.driver, java.time.Duration.ofSeconds(60))
          .until(d -> d.findElement(By.id("consent-status")).getText().equals("WITHDRAWN"));
      assertTrue(b.text().contains("Consent withdrawn"), b.text());
      b.screenshot("consent-withdrawn");
      b.checkAccessibility("person, consent withdrawn");

      Enrolment.tryAfterWithdrawal(b, patientUrl);
      if (Enrolment.identified) {
        GalleryUxSteps.cardHasNoThumbnail(b, patientUrl);
      }
      b.accessibility.assertNone();
    }
  }

  /**
   * Revokes the journey's device on the patient page; the gallery then refuses the device's token,
   * which it accepted just before.
   */
  private void revokeDevice(Browser b, String clientId, String secret) {
    String token = IntegrationEnvironment.current().tokens().client(clientId, secret);
    ApiClient gallery = CompanionGallery.api();
    ApiClient.Reply before =
        gallery.postBytes("api/v1/identify", token, "image/jpeg", CompanionGallery.blankJpeg());
    assertEquals(200, before.status(), "the registered device may identify: " + before);
    GalleryUxSteps.deviceIsOnline(b, patientUrl, ui("index.xhtml"), pseudonym);

    b.open(patientUrl);
    b.byId("devices:deviceTable:0:revoke").click();
    b.driver.switchTo().alert().accept();
    new WebDriverWait(b.driver, Duration.ofSeconds(60))
        .until(d -> d.findElement(By.id("devices:deviceTable")).getText().contains("revoked"));
    assertTrue(b.text().contains("revoked"), b.text());
    GalleryUxSteps.deviceWasSeen(b);
    b.screenshot("device-revoked");
    b.checkAccessibility("patient, device revoked");

    ApiClient.Reply after =
        gallery.postBytes("api/v1/identify", token, "image/jpeg", CompanionGallery.blankJpeg());
    assertEquals(403, after.status(), "a revoked device is refused: " + after);
    assertTrue(after.body().contains("DEVICE_REVOKED"), after.toString());
  }

  @Test
  @Order(2)
  void clinicianOfAnotherClinicSeesNotFound() {
    assumeTrue(patientUrl != null, "needs the patient created by the journey");
    try (Browser b = new Browser("other-clinic")) {
      b.open(patientUrl);
      b.logIn("clinician-b", password());
      b.open(patientUrl);
      String page = b.text();
      assertTrue(page.contains("Not found"), page);
      assertFalse(page.contains(pseudonym), page);
      b.screenshot("not-found");
      b.checkAccessibility("not found");
      b.open(ui("person.xhtml?patient=" + patientUrl.replaceAll(".*id=", "") + "&person=1"));
      assertTrue(b.text().contains("Not found"), b.text());
      b.open(ui("error.xhtml?incident=WEB-TEST"));
      assertTrue(b.text().contains("Something went wrong"), b.text());
      b.screenshot("error");
      b.checkAccessibility("error");
      b.accessibility.assertNone();
    }
  }

  @Test
  @Order(3)
  void reviewerSeesTheClinicsAuditEvents() throws IOException {
    try (Browser b = new Browser("review")) {
      b.open(ui("review.xhtml"));
      b.logIn("reviewer", password());
      b.open(ui("review.xhtml"));
      String page = b.byId("chain-status").getText();
      assertTrue(page.startsWith("Intact"), page);
      b.screenshot("review");
      b.checkAccessibility("review");
      if (patientUrl != null) {
        String all = b.byId("filters:events").getText();
        for (String action :
            List.of("PATIENT_CREATED", "PERSON_CREATED", "CONSENT_GIVEN", "DEVICE_CREATED")) {
          assertTrue(all.contains(action), action + " missing from the review: " + all);
        }
        if (Enrolment.identified) {
          for (String action : List.of("TEMPLATE_CREATED", "CONSENT_WITHDRAWN")) {
            assertTrue(all.contains(action), action + " missing from the review: " + all);
          }
        }
      }
      if (Enrolment.identified) {
        b.driver.findElement(By.id("filters:action_label")).click();
        b.driver.findElement(By.cssSelector("li[data-label='IDENTIFICATION']")).click();
        b.submit("filters:search");
        String events = b.byId("filters:events").getText();
        assertTrue(events.contains("IDENTIFICATION"), events);
        assertTrue(events.contains("KNOWN") && events.contains("UNKNOWN"), events);
        b.screenshot("review-identifications");
        b.checkAccessibility("review, identifications");
      } else {
        LOG.info("KITH-IT-020 no identification was made (no enrolment yet); review shows none");
      }
      if (patientUrl != null) {
        exportsDownload(b);
      }
      b.accessibility.assertNone();
    }
  }

  @Test
  @Order(4)
  void clinicianRemovesAPersonAndEverythingKeptAboutThem() {
    assumeTrue(patientUrl != null, "needs the patient created by the journey");
    long patient = Long.parseLong(patientUrl.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    String token = IntegrationEnvironment.current().tokens().user("clinician");
    ApiClient gallery = CompanionGallery.api();
    String persons = "api/v1/patients/" + patient + "/persons";
    long ben =
        consentedPerson(
            gallery, token, persons, "{\"displayName\":\"Ben\",\"relationship\":\"neighbour\"}");

    try (Browser b = new Browser("remove-person")) {
      b.open(ui("person.xhtml?patient=" + patient + "&person=" + ben));
      b.logIn("clinician", password());
      b.open(ui("person.xhtml?patient=" + patient + "&person=" + ben));
      assertTrue(b.byId("remove-warning").getText().contains("erases now"), b.text());
      b.checkAccessibility("person, remove");
      b.byId("removeForm:removePerson").click();
      b.driver.switchTo().alert().accept();
      new WebDriverWait(b.driver, Duration.ofSeconds(60))
          .until(d -> d.findElement(By.tagName("body")).getText().contains("Ben was removed"));
      String page = b.text();
      assertTrue(page.contains(pseudonym), "back on the patient's page: " + page);
      assertFalse(page.contains("Ben, neighbour") || page.contains("neighbour"), page);
      b.screenshot("person-removed");
      b.checkAccessibility("patient, person removed");
      b.accessibility.assertNone();
    }
    ApiClient.Reply gone = gallery.get(persons + "/" + ben, token);
    assertEquals(404, gone.status(), gone::toString);
  }

  /**
   * A patient whose person has only templates of an earlier face model (written by SQL, as an
   * upgrade leaves them) shows the re-enrolment message on the card, the person page and the
   * dashboard; then the clinician removes the patient and lands on the dashboard.
   */
  @Test
  @Order(5)
  void clinicianSeesWhoNeedsReEnrolmentAndRemovesAPatient() throws Exception {
    String token = IntegrationEnvironment.current().tokens().user("clinician");
    ApiClient gallery = CompanionGallery.api();
    ApiClient.Reply registered =
        gallery.post("api/v1/patients", token, "{\"pseudonym\":\"P-leaving\"}");
    assertEquals(201, registered.status(), registered::toString);
    long patient = registered.json().getJsonNumber("id").longValue();
    String persons = "api/v1/patients/" + patient + "/persons";
    long carla =
        consentedPerson(
            gallery, token, persons, "{\"displayName\":\"Carla\",\"relationship\":\"sister\"}");
    ApiClient.Reply device =
        gallery.post("api/v1/patients/" + patient + "/devices", token, "{\"label\":\"Glasses\"}");
    assertEquals(201, device.status(), device::toString);
    try (java.sql.Connection db = IntegrationEnvironment.current().connect("kith_gallery");
        java.sql.PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO face_template (clinic_id, patient_id, person_id, model_id,"
                    + " model_version, dimension, embedding, quality_score, brightness, contrast,"
                    + " sharpness, face_size, occlusion, detection_score, liveness, yaw, pitch,"
                    + " roll, source_sha256, created_at, created_by) VALUES ('demo-clinic', ?, ?,"
                    + " 'earlier-model', '1', 4, ?, 0.8, 0.5, 0.5, 0.5, 0.5, 0, 0.9, 0.9, 0, 0, 0,"
                    + " REPEAT('0', 64), NOW(6), 'upgrade')")) {
      insert.setLong(1, patient);
      insert.setLong(2, carla);
      insert.setBytes(3, new byte[16]);
      assertEquals(1, insert.executeUpdate());
    }
    JsonObject shown = gallery.get(persons + "/" + carla, token).json();
    assumeTrue(
        !shown.isNull("currentModelTemplateCount"),
        "the running face model is known only once a face was embedded (enrolment steps ran)");
    assertTrue(shown.getBoolean("needsReEnrolment"), shown::toString);

    String message = "Photos were enrolled with an earlier face model";
    try (Browser b = new Browser("re-enrolment")) {
      b.open(ui("index.xhtml"));
      b.logIn("clinician", password());
      b.open(ui("index.xhtml"));
      String heading = b.byId("re-enrolment-heading").getText();
      assertTrue(heading.matches("\\d+ persons? needs? re-enrolment"), heading);
      assertTrue(b.byId("reEnrolment").getText().contains("Carla"), b.text());
      b.checkAccessibility("dashboard, re-enrolment");
      b.open(ui("patient.xhtml?id=" + patient));
      assertTrue(b.text().contains(message), b.text());
      b.open(ui("person.xhtml?patient=" + patient + "&person=" + carla));
      assertTrue(b.byId("re-enrol-message").getText().startsWith(message), b.text());
      b.checkAccessibility("person, needs re-enrolment");

      b.open(ui("patient.xhtml?id=" + patient));
      assertTrue(b.byId("remove-patient-warning").getText().contains("erases now"), b.text());
      b.checkAccessibility("patient, remove");
      b.byId("removePatientForm:removePatient").click();
      b.driver.switchTo().alert().accept();
      new WebDriverWait(b.driver, Duration.ofSeconds(60))
          .until(
              d ->
                  d.findElement(By.tagName("body"))
                      .getText()
                      .contains("Patient P-leaving was removed"));
      assertTrue(b.byId("patients-heading").isDisplayed(), "back on the dashboard: " + b.text());
      b.screenshot("patient-removed");
      b.checkAccessibility("dashboard, patient removed");
      b.accessibility.assertNone();
    }
    ApiClient.Reply gone = gallery.get("api/v1/patients/" + patient, token);
    assertEquals(404, gone.status(), gone::toString);
  }

  /** The review's CSV and FHIR exports download as files holding the journey's events. */
  private void exportsDownload(Browser b) throws IOException {
    b.open(ui("review.xhtml"));
    b.byId("filters:csv").click();
    Path csv = Downloads.awaitFile(b.downloads, ".csv");
    List<String> lines = Files.readAllLines(csv);
    assertTrue(lines.get(0).startsWith("id,clinic,sequence,occurred_at"), lines.get(0));
    String all = String.join("\n", lines);
    for (String action : List.of("PATIENT_CREATED", "PERSON_CREATED", "CONSENT_GIVEN")) {
      assertTrue(all.contains(action), action + " missing from the CSV export");
    }

    b.byId("filters:fhir").click();
    Path fhir = Downloads.awaitFile(b.downloads, ".json");
    try (JsonReader reader = Json.createReader(Files.newBufferedReader(fhir))) {
      JsonObject bundle = reader.readObject();
      assertEquals("Bundle", bundle.getString("resourceType"));
      String text = bundle.toString();
      for (String action : List.of("PATIENT_CREATED", "PERSON_CREATED", "CONSENT_GIVEN")) {
        assertTrue(text.contains(action), action + " missing from the FHIR export");
      }
      assertTrue(
          bundle.getJsonArray("entry").stream()
              .allMatch(
                  e ->
                      "AuditEvent"
                          .equals(
                              e.asJsonObject()
                                  .getJsonObject("resource")
                                  .getString("resourceType"))),
          "every entry is an AuditEvent");
    }
    LOG.info("KITH-IT-023 exports downloaded: " + csv.getFileName() + ", " + fhir.getFileName());
  }

  /** Enrolment and "Try it", where the gallery offers them (and faces-dev is at hand). */
  static final class Enrolment {
    static boolean identified;

    private Enrolment() {}

    static Path facesDev() {
      // Chromium takes only canonical paths for file inputs.
      Path dir = Path.of(System.getProperty("kith.shared.dir", "../../shared"), "data/faces-dev");
      try {
        return Files.isDirectory(dir) ? dir.toRealPath() : dir;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    static void enrolAndTry(Browser b, String personUrl, String patientUrl) throws IOException {
      b.open(personUrl);
      if (b.text().contains("not available on this installation")) {
        LOG.info("KITH-IT-021 the gallery offers no enrolment yet: enrolment steps skipped");
        return;
      }
      Path identity = facesDev().resolve("Abdullah_Gul");
      if (!Files.isDirectory(identity)) {
        LOG.info("KITH-IT-022 ../shared/data/faces-dev is absent: enrolment steps skipped");
        return;
      }
      List<Path> photos;
      try (Stream<Path> files = Files.list(identity)) {
        photos = files.sorted().toList();
      }
      Path dark = darkened(photos.get(2));
      String chosen = photos.get(0) + "\n" + photos.get(1) + "\n" + dark;
      b.driver.findElement(By.id("enrolForm:photos")).sendKeys(chosen);
      b.submit("enrolForm:enrol");
      String results = b.byId("outcomes").getText();
      assertTrue(
          results.contains("2 of 3 photos were accepted") || b.text().contains("2 of 3"), b.text());
      assertTrue(results.contains("Not accepted"), results);
      String reason = b.driver.findElement(By.cssSelector("#outcomes .reason")).getText();
      assertFalse(reason.isBlank(), "a refused photo says why: " + results);
      b.screenshot("enrolled");
      b.checkAccessibility("person, enrolment results");

      b.open(patientUrl);
      b.byId("tryForm:photo").sendKeys(photos.get(3).toString());
      b.submit("tryForm:try");
      String known = b.byId("trial-faces").getText();
      assertTrue(known.contains("KNOWN") && known.contains("This is Anna"), known);
      b.screenshot("try-it-known");
      b.checkAccessibility("patient, try it");
      identified = true;
    }

    /** Erases one of the two accepted photos' templates from the person page. */
    static void eraseOneTemplate(Browser b, String personUrl) {
      if (!identified) {
        return;
      }
      b.open(personUrl);
      By rows = By.xpath("//table[@id='templates:templateTable']/tbody/tr");
      b.byId("templates:templateTable");
      assertEquals(2, b.driver.findElements(rows).size(), "two photos were accepted: " + b.text());
      b.byId("templates:templateTable:0:erase").click();
      b.driver.switchTo().alert().accept();
      new WebDriverWait(b.driver, Duration.ofSeconds(60))
          .until(d -> d.getPageSource().contains("template was erased"));
      assertEquals(1, b.driver.findElements(rows).size(), b.text());
      b.screenshot("template-erased");
    }

    static void tryAfterWithdrawal(Browser b, String patientUrl) throws IOException {
      if (!identified) {
        return;
      }
      Path identity = facesDev().resolve("Abdullah_Gul");
      List<Path> photos;
      try (Stream<Path> files = Files.list(identity)) {
        photos = files.sorted().toList();
      }
      b.open(patientUrl);
      b.driver.findElement(By.id("tryForm:photo")).sendKeys(photos.get(3).toString());
      b.submit("tryForm:try");
      String unknown = b.byId("trial-faces").getText();
      assertTrue(unknown.contains("UNKNOWN") && !unknown.contains("Anna"), unknown);
      b.screenshot("try-it-unknown");
    }

    /** A faces-dev photo taken almost in the dark: the gallery must refuse it and say why. */
    private static Path darkened(Path photo) throws IOException {
      BufferedImage original = ImageIO.read(photo.toFile());
      BufferedImage dark =
          new BufferedImage(original.getWidth(), original.getHeight(), BufferedImage.TYPE_INT_RGB);
      new java.awt.image.RescaleOp(0.04f, 0f, null).filter(original, dark);
      Path file = Files.createTempFile("kith-dark-", ".jpg");
      ImageIO.write(dark, "jpg", file.toFile());
      return file.toRealPath();
    }
  }

  /** A person added through the gallery's API with a recorded verbal consent; their id. */
  private static long consentedPerson(
      ApiClient gallery, String token, String persons, String person) {
    ApiClient.Reply added = gallery.post(persons, token, person);
    assertEquals(201, added.status(), added::toString);
    long id = added.json().getJsonNumber("id").longValue();
    ApiClient.Reply consent =
        gallery.post(
            persons + "/" + id + "/consents",
            token,
            "{\"givenBy\":\"PERSON\",\"method\":\"RECORDED_VERBAL\",\"witness\":\"Nurse Ada\"}");
    assertEquals(201, consent.status(), consent::toString);
    return id;
  }
}
