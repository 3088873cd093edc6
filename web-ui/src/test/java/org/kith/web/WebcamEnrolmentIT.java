package org.kith.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kith.deploy.environment.Secrets;
import org.kith.deploy.testing.ApiClient;
import org.kith.deploy.testing.IntegrationEnvironment;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Enrolment with the webcam (PrimeFaces PhotoCam) in Chromium, its camera fed from a faces-dev
 * photo: the photo taken gets a result exactly as an uploaded one does.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebcamEnrolmentIT {

  @Deployment(testable = false)
  static WebArchive war() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/ui.war"));
  }

  @ArquillianResource URL deployed;

  @Test
  void photoTakenWithTheCameraIsAcceptedOrRefusedWithAReason() throws Exception {
    Path identity = ClinicianJourneyIT.Enrolment.facesDev().resolve("Abdullah_Gul");
    assumeTrue(
        Files.isDirectory(identity),
        "needs ../shared/data/faces-dev (a real face for the fake camera); absent here");
    Path photo;
    try (Stream<Path> files = Files.list(identity)) {
      photo = files.sorted().findFirst().orElseThrow();
    }
    Path video = FakeCamera.y4m(photo);

    IntegrationEnvironment.Running env = IntegrationEnvironment.current();
    String token = env.tokens().user("clinician");
    ApiClient gallery = CompanionGallery.api();
    long patient =
        gallery
            .post("api/v1/patients", token, "{\"pseudonym\":\"Camera-test\"}")
            .json()
            .getJsonNumber("id")
            .longValue();
    ApiClient.Reply person =
        gallery.post(
            "api/v1/patients/" + patient + "/persons",
            token,
            "{\"displayName\":\"Ben\",\"relationship\":\"son\"}");
    assertEquals(201, person.status(), person::toString);
    long personId = person.json().getJsonNumber("id").longValue();
    ApiClient.Reply consent =
        gallery.post(
            "api/v1/patients/" + patient + "/persons/" + personId + "/consents",
            token,
            "{\"givenBy\":\"PERSON\",\"method\":\"SIGNED_FORM\",\"evidenceReference\":\"Binder 1\"}");
    assertEquals(201, consent.status(), consent::toString);

    String page =
        deployed.toString().replace("//localhost:", "//127.0.0.1:")
            + "person.xhtml?patient="
            + patient
            + "&person="
            + personId;
    try (Browser b = new Browser("webcam", options -> FakeCamera.use(options, video))) {
      b.open(page);
      b.logIn("clinician", env.secrets().get(Secrets.DEMO_PASSWORD));
      // The login ends on the start page; the person's page is opened again.
      b.open(page);
      b.byId("camForm:startCamera").click();
      new WebDriverWait(b.driver, Duration.ofSeconds(30))
          .until(
              d ->
                  Boolean.TRUE.equals(
                      b.driver.executeScript("return !!(window.Webcam && Webcam.live);")));
      b.screenshot("camera-live");
      b.checkAccessibility("person, camera started");
      b.byId("camForm:capture").click();
      new WebDriverWait(b.driver, Duration.ofSeconds(30))
          .until(d -> d.findElement(By.id("camForm:captured")).getText().startsWith("1 photo"));
      b.submit("camForm:enrolCaptured");
      String results = b.byId("outcomes").getText();
      assertTrue(results.contains("webcam-1"), results);
      assertTrue(
          b.text().contains("1 of 1 photos were accepted")
              || !b.driver.findElements(By.cssSelector("#outcomes .reason")).isEmpty(),
          "the photo is accepted, or refused with a reason: " + b.text());
      if (b.text().contains("1 of 1 photos were accepted")) {
        List<?> rows = b.driver.findElements(By.cssSelector("#templates\\:templateTable tbody tr"));
        assertEquals(1, rows.size(), "the accepted photo is a stored template: " + b.text());
      } else {
        assertFalse(
            b.driver.findElement(By.cssSelector("#outcomes .reason")).getText().isBlank(), results);
      }
      b.screenshot("camera-enrolled");
      b.checkAccessibility("person, camera results");
      b.accessibility.assertNone();
    }
  }
}
