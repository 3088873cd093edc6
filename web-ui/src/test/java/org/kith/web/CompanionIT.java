package org.kith.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
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
import org.kith.deploy.testing.ApiClient.FilePart;
import org.kith.deploy.testing.ApiClient.Reply;
import org.kith.deploy.testing.IntegrationEnvironment;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Companion, the patient's phone app, in Chromium with a fake camera playing a video the test
 * makes from faces-dev photos, against the real gallery, recognition, audit and realm. Pairing goes
 * through the clinician's patient page; speech goes to a recording engine, so every utterance and
 * tone is checked with its time. The phone reaches Kith through a relay the test can cut, as a
 * server that stopped.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompanionIT {
  private static final int FPS = 10;
  private static final int WIDTH = 320;
  private static final int HEIGHT = 240;
  private static final String SENTENCE = "Anna, your daughter";

  @Deployment(testable = false)
  static WebArchive war() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/ui.war"));
  }

  @ArquillianResource URL deployed;

  /** Two faces-dev people, chosen by rule, not by hand: the first two with at least six photos. */
  record People(List<Path> anna, List<Path> stranger) {
    static People fromFacesDev() throws IOException {
      Path dir = ClinicianJourneyIT.Enrolment.facesDev();
      assumeTrue(Files.isDirectory(dir), "needs ../shared/data/faces-dev; absent here");
      List<List<Path>> chosen = new ArrayList<>();
      try (Stream<Path> identities = Files.list(dir).filter(Files::isDirectory).sorted()) {
        for (Path identity : (Iterable<Path>) identities::iterator) {
          List<Path> photos;
          try (Stream<Path> files = Files.list(identity)) {
            photos = files.filter(f -> f.toString().endsWith(".jpg")).sorted().toList();
          }
          if (photos.size() >= 6) {
            chosen.add(photos);
          }
          if (chosen.size() == 2) {
            break;
          }
        }
      }
      assumeTrue(chosen.size() == 2, "faces-dev has two people with six photos");
      return new People(chosen.get(0), chosen.get(1));
    }
  }

  /**
   * A looping video: the person for five seconds (a new photo every second, the camera moving a
   * little), then an empty room for five, so each loop is one visit after an absence longer than a
   * track lasts.
   */
  static Path visits(List<Path> photos) throws IOException {
    List<BufferedImage> frames = new ArrayList<>();
    for (int i = 0; i < 5 * FPS; i++) {
      BufferedImage photo = ImageIO.read(photos.get((i / FPS) % photos.size()).toFile());
      int dx = (int) Math.round(6 * Math.sin(i * 0.7));
      int dy = (int) Math.round(4 * Math.cos(i * 0.5));
      frames.add(frame(photo, dx, dy));
    }
    for (int i = 0; i < 5 * FPS; i++) {
      frames.add(frame(null, 0, 0));
    }
    return FakeCamera.y4m(frames, FPS);
  }

  private static BufferedImage frame(BufferedImage photo, int dx, int dy) {
    BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = frame.createGraphics();
    g.setColor(new Color(0x70, 0x78, 0x80));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    if (photo != null) {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      int size = 220;
      g.drawImage(photo, (WIDTH - size) / 2 + dx, (HEIGHT - size) / 2 + dy, size, size, null);
    }
    g.dispose();
    return frame;
  }

  /** A patient with Anna, their daughter, enrolled from two photos; the rest are for the camera. */
  private static long patientWithAnna(ApiClient gallery, String token, List<Path> photos) {
    long patient =
        gallery
            .post("api/v1/patients", token, "{\"pseudonym\":\"Companion-test\"}")
            .json()
            .getJsonNumber("id")
            .longValue();
    Reply person =
        gallery.post(
            "api/v1/patients/" + patient + "/persons",
            token,
            "{\"displayName\":\"Anna\",\"relationship\":\"daughter\","
                + "\"memoryCue\":\"She visits on Sundays\"}");
    assertEquals(201, person.status(), person::toString);
    long personId = person.json().getJsonNumber("id").longValue();
    Reply consent =
        gallery.post(
            "api/v1/patients/" + patient + "/persons/" + personId + "/consents",
            token,
            "{\"givenBy\":\"PERSON\",\"method\":\"SIGNED_FORM\",\"evidenceReference\":\"Binder 1\"}");
    assertEquals(201, consent.status(), consent::toString);
    List<FilePart> parts = new ArrayList<>();
    for (Path photo : photos.subList(0, 2)) {
      try {
        parts.add(
            new FilePart(
                "image", photo.getFileName().toString(), "image/jpeg", Files.readAllBytes(photo)));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    Reply enrolled =
        gallery.postMultipart(
            "api/v1/patients/" + patient + "/persons/" + personId + "/templates", token, parts);
    assertEquals(200, enrolled.status(), enrolled::toString);
    assertTrue(enrolled.body().contains("\"accepted\":true"), enrolled::toString);
    policy(gallery, token, patient, 60);
    return patient;
  }

  private static void policy(ApiClient gallery, String token, long patient, int coolDownSeconds) {
    Reply set =
        gallery.put(
            "api/v1/patients/" + patient + "/announcement-policy",
            token,
            "{\"coolDownSeconds\":"
                + coolDownSeconds
                + ",\"verbosity\":\"NAME_AND_RELATIONSHIP\",\"speakUncertain\":false,"
                + "\"strangerTone\":false}");
    assertEquals(200, set.status(), set::toString);
  }

  /** The phone at a phone's size; {@code width} 180 is a 360 px phone at 200 % zoom. */
  private static void phoneSize(Browser phone, int width, int height) {
    phone.driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
  }

  /** Replaces the speech engine with one that records each utterance and tone with its time. */
  private static void recordSpeech(Browser phone) {
    phone.driver.executeScript(
        "window.__said = [];"
            + "KithCompanion.speech.use({"
            + " speak: function (text, o) { __said.push({kind: 'say', text: text, lang: o.lang,"
            + "   at: Date.now()}); },"
            + " tone: function (kind) { __said.push({kind: 'tone', text: kind, at: Date.now()}); }"
            + "});");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> said(Browser phone) {
    return (List<Map<String, Object>>) phone.driver.executeScript("return window.__said;");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> logged(Browser phone, String kind) {
    return (List<Map<String, Object>>)
        phone.driver.executeScript(
            "var kind = arguments[0];"
                + " return KithCompanion.log.filter(function (e) { return e.kind === kind; });",
            kind);
  }

  private static List<Long> times(List<Map<String, Object>> entries, Predicate<String> text) {
    return entries.stream()
        .filter(e -> "say".equals(e.get("kind")) && text.test(String.valueOf(e.get("text"))))
        .map(e -> ((Number) e.get("at")).longValue())
        .toList();
  }

  /**
   * Chromium finds nothing that keeps the app from being added to the home screen (manifest, icons,
   * service worker), asked until the service worker has started.
   */
  @SuppressWarnings("unchecked")
  private static void assertInstallable(Browser phone) throws InterruptedException {
    List<Object> errors = List.of();
    for (int i = 0; i < 20; i++) {
      Map<String, Object> answer =
          phone.driver.executeCdpCommand("Page.getInstallabilityErrors", Map.of());
      errors = (List<Object>) answer.get("installabilityErrors");
      if (errors.isEmpty()) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("Chromium would not install the Companion: " + errors);
  }

  /** A screenshot of the phone's screen from its top, where the state line is. */
  private static void shot(Browser phone, String step) {
    phone.driver.executeScript("window.scrollTo(0, 0);");
    phone.screenshot(step);
  }

  private static String state(Browser phone) {
    return phone.driver.findElement(By.id("state")).getText();
  }

  private static void await(Browser phone, String what, Duration limit, Predicate<Browser> done) {
    try {
      new WebDriverWait(phone.driver, limit).until(d -> done.test(phone));
    } catch (org.openqa.selenium.TimeoutException e) {
      shot(phone, "timeout");
      Object recent =
          phone.driver.executeScript(
              "var l = KithCompanion.log; return JSON.stringify(l.slice(Math.max(0, l.length - 25)));");
      throw new AssertionError(
          "No "
              + what
              + " within "
              + limit
              + "; state: "
              + state(phone)
              + "; said: "
              + said(phone)
              + "; frames with a face: "
              + logged(phone, "frame").stream().filter(CompanionIT::hasFace).count()
              + " of "
              + logged(phone, "frame").size()
              + "; the app's latest log: "
              + recent,
          e);
    }
  }

  private static String pairingCode(Browser phone) {
    await(
        phone,
        "pairing code",
        Duration.ofSeconds(30),
        p -> p.driver.findElement(By.id("pairing-code")).getText().matches("[B-Z]{4}-[B-Z]{4}"));
    return phone.driver.findElement(By.id("pairing-code")).getText();
  }

  @Test
  void pairedOnThePatientsPageItSaysAnEnrolledPersonOnceAgainAfterAnAbsenceAndKnowsItsState()
      throws Exception {
    People people = People.fromFacesDev();
    IntegrationEnvironment.Running env = IntegrationEnvironment.current();
    String clinician = env.tokens().user("clinician");
    ApiClient gallery = CompanionGallery.api();
    long patient = patientWithAnna(gallery, clinician, people.anna());
    Path video = visits(people.anna().subList(2, people.anna().size()));
    int companionPort = URI.create(env.companions().url()).getPort();
    String patientPage =
        deployed.toString().replace("//localhost:", "//127.0.0.1:") + "patient.xhtml?id=" + patient;

    try (PausableProxy kith = new PausableProxy(companionPort);
        Browser phone = new Browser("companion", o -> FakeCamera.use(o, video));
        Browser clinic = new Browser("companion-clinician")) {
      phoneSize(phone, 390, 844);
      phone.open("http://127.0.0.1:" + kith.port() + "/companion/");
      String code = pairingCode(phone);
      shot(phone, "pairing");
      phone.checkAccessibility("companion, pairing");
      recordSpeech(phone);
      assertInstallable(phone);

      clinic.open(patientPage);
      clinic.logIn("clinician", env.secrets().get(Secrets.DEMO_PASSWORD));
      clinic.open(patientPage);
      clinic.type("pairForm:userCode", code.toLowerCase(Locale.ROOT));
      clinic.type("pairForm:pairLabel", "Anna's phone");
      clinic.submit("pairForm:pairCompanion");
      assertTrue(clinic.text().contains("is paired"), clinic.text());
      clinic.checkAccessibility("patient, companion paired");
      await(phone, "paired state", Duration.ofSeconds(20), p -> state(p).contains("Paired as"));
      phone.checkAccessibility("companion, paired and ready");

      // Everything by keyboard: the controls are reached with Tab, the first one started with
      // Enter.
      Keyboard keys = new Keyboard(phone);
      phone.driver.executeScript("document.activeElement.blur();");
      keys.tabTo("toggle");
      keys.press(Keys.ENTER);
      for (String control : List.of("who", "more", "mute", "rate", "volume", "forget")) {
        keys.tabTo(control);
      }
      await(
          phone,
          "\"" + SENTENCE + "\"",
          Duration.ofSeconds(90),
          p -> !times(said(p), SENTENCE::equals).isEmpty());
      long first = times(said(phone), SENTENCE::equals).get(0);
      assertTrue(
          said(phone).stream().anyMatch(e -> "confirmed".equals(e.get("text"))),
          "a tone comes before the name: " + said(phone));
      shot(phone, "confirmed");
      assertTrue(phone.driver.findElement(By.id("card-name")).getText().equals("Anna"));
      phone.checkAccessibility("companion, a confirmed person's card");

      // Within the 60 s cool-down the next visit, after Anna was away, is not announced again.
      await(
          phone,
          "a second visit",
          Duration.ofSeconds(40),
          p -> visitsAfter(logged(p, "frame"), first) >= 1);
      Thread.sleep(3_000);
      assertEquals(
          1,
          times(said(phone), SENTENCE::equals).size(),
          "said once in the cool-down: " + said(phone));

      phone.byId("who").click();
      phone.byId("more").click();
      await(
          phone,
          "the memory cue",
          Duration.ofSeconds(5),
          p -> !times(said(p), "She visits on Sundays"::equals).isEmpty());
      assertTrue(!times(said(phone), "Anna"::equals).isEmpty(), "who is here: " + said(phone));

      // A cool-down of 3 s: each visit after an absence is announced once, and timed (five visits).
      policy(gallery, clinician, patient, 3);
      phone.byId("toggle").click();
      phone.byId("toggle").click();
      long restarted = System.currentTimeMillis();
      await(
          phone,
          "five more announcements",
          Duration.ofSeconds(150),
          p -> times(said(p), SENTENCE::equals).stream().filter(t -> t > restarted).count() >= 5);
      List<Long> announced =
          times(said(phone), SENTENCE::equals).stream().filter(t -> t > restarted).toList();
      for (int i = 1; i < announced.size(); i++) {
        assertTrue(
            announced.get(i) - announced.get(i - 1) > 5_000,
            "one announcement per visit, not two within one: " + announced);
      }
      List<Long> latencies = latencies(logged(phone, "frame"), announced);
      printLatencies(latencies);

      // 200 % zoom on a 360 px wide phone: nothing needs scrolling sideways.
      phoneSize(phone, 180, 400);
      Object sideways =
          phone.driver.executeScript(
              "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertTrue(((Number) sideways).intValue() <= 0, "scrolls sideways by " + sideways + " px");
      shot(phone, "zoomed-200");
      phoneSize(phone, 390, 844);

      // The server gone: the phone says so, and recovers when it is back.
      kith.cut();
      await(
          phone,
          "\"Can't reach Kith\"",
          Duration.ofSeconds(20),
          p -> state(p).contains("reach Kith"));
      shot(phone, "unreachable");
      phone.checkAccessibility("companion, Kith unreachable");
      kith.restore();
      await(phone, "recovery", Duration.ofSeconds(30), p -> state(p).equals("Listening"));

      // Revoked on the patient's page: unpaired within one frame.
      clinic.open(patientPage);
      clinic.byId("devices:deviceTable:0:revoke").click();
      clinic.driver.switchTo().alert().accept();
      new WebDriverWait(clinic.driver, Duration.ofSeconds(60))
          .until(d -> d.findElement(By.tagName("body")).getText().contains("was revoked"));
      long revokedAt = System.currentTimeMillis();
      await(phone, "unpaired state", Duration.ofSeconds(20), p -> state(p).contains("unpaired"));
      long framesAfter =
          logged(phone, "frame").stream()
              .filter(f -> ((Number) f.get("at")).longValue() > revokedAt)
              .count();
      assertTrue(framesAfter <= 1, framesAfter + " frames answered after the revocation");
      shot(phone, "unpaired");
      phone.checkAccessibility("companion, unpaired");
      phone.accessibility.assertNone();
      clinic.accessibility.assertNone();
    }
  }

  @Test
  void aStrangersVideoNamesNobody() throws Exception {
    People people = People.fromFacesDev();
    IntegrationEnvironment.Running env = IntegrationEnvironment.current();
    String clinician = env.tokens().user("clinician");
    ApiClient gallery = CompanionGallery.api();
    long patient = patientWithAnna(gallery, clinician, people.anna());
    Path video = visits(people.stranger());

    try (Browser phone = new Browser("companion-stranger", o -> FakeCamera.use(o, video))) {
      phoneSize(phone, 390, 844);
      phone.open(env.companions().url() + "/companion/");
      String code = pairingCode(phone);
      Reply paired =
          gallery.post(
              "api/v1/patients/" + patient + "/pairings",
              clinician,
              "{\"userCode\":\"" + code + "\"}");
      assertEquals(201, paired.status(), paired::toString);
      await(phone, "paired state", Duration.ofSeconds(20), p -> state(p).contains("Paired as"));
      recordSpeech(phone);
      phone.byId("toggle").click();
      long started = System.currentTimeMillis();
      await(
          phone,
          "two visits of the stranger",
          Duration.ofSeconds(90),
          p -> visitsAfter(logged(p, "frame"), started) >= 2);
      List<Map<String, Object>> events = logged(phone, "event");
      assertTrue(
          events.stream()
              .anyMatch(
                  e ->
                      "stranger.confirmed".equals(e.get("type"))
                          || "person.uncertain".equals(e.get("type"))),
          "the gallery decided about the face: " + events);
      assertTrue(
          events.stream().noneMatch(e -> "person.confirmed".equals(e.get("type"))),
          "nobody is confirmed: " + events);
      assertEquals(
          List.of(),
          said(phone).stream().filter(e -> "say".equals(e.get("kind"))).toList(),
          "nothing is said of a stranger");
      shot(phone, "stranger");
    }
  }

  static boolean hasFace(Map<String, Object> frame) {
    return frame.get("faces") != null && ((Number) frame.get("faces")).intValue() > 0;
  }

  /** How many visits (a frame with a face after frames without) began after {@code since}. */
  static int visitsAfter(List<Map<String, Object>> frames, long since) {
    int visits = 0;
    boolean inView = true;
    for (Map<String, Object> f : frames) {
      boolean face = hasFace(f);
      if (face && !inView && ((Number) f.get("capturedAt")).longValue() > since) {
        visits++;
      }
      inView = face;
    }
    return visits;
  }

  /**
   * For each announcement, the time from the capture of the first frame of that visit showing the
   * face to the utterance.
   */
  static List<Long> latencies(List<Map<String, Object>> frames, List<Long> announced) {
    List<Long> out = new ArrayList<>();
    for (long at : announced) {
      long visitStart = -1;
      boolean inView = false;
      for (Map<String, Object> f : frames) {
        long captured = ((Number) f.get("capturedAt")).longValue();
        if (captured > at) {
          break;
        }
        boolean face = hasFace(f);
        if (face && !inView) {
          visitStart = captured;
        }
        inView = face;
      }
      if (visitStart > 0) {
        out.add(at - visitStart);
      }
    }
    return out;
  }

  private static void printLatencies(List<Long> latencies) {
    List<Long> sorted = latencies.stream().sorted().toList();
    assertTrue(!sorted.isEmpty(), "no announcement could be timed");
    long p50 = sorted.get((sorted.size() - 1) / 2);
    long p95 = sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
    System.out.printf(
        "COMPANION-LATENCY face in view to utterance: n=%d p50=%d ms p95=%d ms all=%s%n",
        sorted.size(), p50, p95, sorted);
  }
}
