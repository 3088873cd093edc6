package org.kith.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The journey's steps for devices' last contact, consent evidence and thumbnails: each runs in the
 * journey's browser at the point where the journey has what it needs.
 */
final class GalleryUxSteps {
  private GalleryUxSteps() {}

  /** The clinic administrator turns thumbnails on from the dashboard's settings. */
  static void turnThumbnailsOn(Browser b) {
    b.byId("settings-heading");
    String explanation = b.byId("thumbnails-explanation").getText();
    assertTrue(explanation.contains("erases every stored thumbnail"), explanation);
    WebElement box = b.driver.findElement(By.cssSelector("#settings\\:thumbnails .ui-chkbox-box"));
    if (!b.driver.findElement(By.id("settings:thumbnails_input")).isSelected()) {
      box.click();
    }
    b.submit("settings:saveSettings");
    String page = b.text();
    assertTrue(page.contains("Photo thumbnails are on") || page.contains("nothing changed"), page);
    assertTrue(b.driver.findElement(By.id("settings:thumbnails_input")).isSelected(), page);
    b.screenshot("thumbnails-on");
    b.checkAccessibility("dashboard, clinic settings");
  }

  /**
   * Records consent with a file that only claims to be a PDF: the consent is recorded, the evidence
   * refused with a message beside the evidence field. Then a real PNG is kept and downloads
   * unchanged, and a second bad file leaves it in place.
   */
  static void consentWithEvidence(Browser b) throws IOException {
    Path fake = Files.createTempFile("kith-not-a-pdf-", ".pdf");
    Files.writeString(fake, "This is a note, not a scan.", StandardCharsets.UTF_8);
    b.type("consentForm:evidenceReference", "Consent binder, shelf 3");
    b.driver
        .findElement(By.cssSelector("#consentForm input[type=file]"))
        .sendKeys(fake.toRealPath().toString());
    b.submit("consentForm:recordConsent");
    assertEquals("ACTIVE", b.byId("consent-status").getText());
    String evidenceForm = b.byId("evidenceForm").getText();
    assertTrue(
        evidenceForm.contains("The consent was recorded, but the evidence was not"), evidenceForm);
    assertFalse(b.text().contains("Exception"), b.text());
    b.screenshot("consent-recorded-evidence-refused");
    b.checkAccessibility("person, evidence refused");

    Path png = scanOfTheForm();
    b.driver.findElement(By.cssSelector("#evidenceForm input[type=file]")).sendKeys(png.toString());
    b.submit("evidenceForm:uploadEvidence");
    assertTrue(b.text().contains("evidence was saved"), b.text());
    String status = b.byId("evidence-status").getText();
    assertTrue(status.startsWith("Evidence kept: PNG"), status);
    b.screenshot("consent-evidence-kept");
    b.checkAccessibility("person, evidence kept");

    b.byId("evidence-download").click();
    Path downloaded = Downloads.awaitFile(b.downloads, "-evidence.png");
    assertTrue(downloaded.getFileName().toString().matches("consent-\\d+-evidence\\.png"));
    assertArrayEquals(Files.readAllBytes(png), Files.readAllBytes(downloaded));

    b.driver
        .findElement(By.cssSelector("#evidenceForm input[type=file]"))
        .sendKeys(fake.toRealPath().toString());
    b.submit("evidenceForm:uploadEvidence");
    String refused = b.byId("evidenceForm").getText();
    assertFalse(b.text().contains("evidence was saved"), refused);
    assertTrue(
        b.byId("evidence-status").getText().startsWith("Evidence kept: PNG"),
        "a refused file leaves the earlier evidence: " + refused);
    b.screenshot("consent-evidence-second-refused");
  }

  /** The device's row, and the dashboard, after the device called Kith. */
  static void deviceIsOnline(Browser b, String patientUrl, String dashboardUrl, String pseudonym) {
    // The gallery records the sighting just after answering the device: the page may need a
    // moment to show it.
    String devices = "";
    for (int attempt = 0; attempt < 20 && !devices.contains("Online"); attempt++) {
      b.open(patientUrl);
      devices = b.byId("devices:deviceTable").getText();
    }
    assertTrue(devices.contains("Online"), devices);
    b.screenshot("device-online");
    b.checkAccessibility("patient, device online");
    b.open(dashboardUrl);
    String row =
        b.driver
            .findElement(By.xpath("//table[@id='patients']//tr[td/a[text()='" + pseudonym + "']]"))
            .getText();
    assertTrue(row.contains("1 online"), row);
  }

  /** After revocation the device is no longer online but its last contact is still known. */
  static void deviceWasSeen(Browser b) {
    String devices = b.byId("devices:deviceTable").getText();
    assertFalse(devices.contains("Online"), devices);
    assertTrue(devices.contains("Last seen"), devices);
  }

  /** The person's card shows the thumbnail, passed through the UI and never cached. */
  static void cardShowsThumbnail(Browser b, String patientUrl) {
    b.open(patientUrl);
    WebElement image = b.waitFor(By.cssSelector("img.thumbnail"));
    assertEquals("Photo of Anna", image.getAttribute("alt"));
    Object width = b.driver.executeScript("return arguments[0].naturalWidth;", image);
    assertTrue(((Number) width).intValue() > 0 && ((Number) width).intValue() <= 160, "" + width);
    Object answer =
        b.driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')"
                + " + ' ' + r.headers.get('cache-control')));",
            image.getAttribute("src"));
    assertEquals("200 image/jpeg no-store", answer);
    b.screenshot("thumbnail-on-card");
    b.checkAccessibility("patient, card with thumbnail");
  }

  /** Withdrawing consent erased the thumbnail with the templates. */
  static void cardHasNoThumbnail(Browser b, String patientUrl) {
    b.open(patientUrl);
    b.byId("patient-name");
    List<WebElement> images = b.driver.findElements(By.cssSelector("img.thumbnail"));
    assertTrue(images.isEmpty(), "no thumbnail after withdrawal");
  }

  /** A small PNG standing in for a scan of the signed consent form. */
  static Path scanOfTheForm() throws IOException {
    BufferedImage image = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 200, 280);
    g.setColor(Color.BLACK);
    g.drawString("Consent form, signed", 20, 40);
    g.drawLine(20, 240, 180, 240);
    g.dispose();
    Path file = Files.createTempFile("kith-consent-scan-", ".png");
    ImageIO.write(image, "png", file.toFile());
    return file.toRealPath();
  }
}
