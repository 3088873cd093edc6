package org.kith.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kith.deploy.environment.Secrets;
import org.kith.deploy.testing.IntegrationEnvironment;

/**
 * The clinician's journey in Firefox ESR against the real stack, as {@link ClinicianJourneyIT}
 * walks it in Chromium: Keycloak's login form, a new patient, the empty form's field messages, a
 * known person, consent, enrolment of faces-dev photos and "Try it" naming the person. The steps
 * are {@code src/test/firefox/journey.mjs}, run with Node.js; puppeteer-core drives Firefox over
 * WebDriver BiDi, so no geckodriver is needed. Screenshots go to target/screenshots/firefox-*.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FirefoxJourneyIT {
  private static final Logger LOG = Logger.getLogger(FirefoxJourneyIT.class.getName());
  static final Path FIREFOX = Path.of("/usr/bin/firefox-esr");

  /** Long enough for enrolment on a busy machine; a hung browser still ends the test. */
  private static final long TIMEOUT_MINUTES = 10;

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

  @Test
  void clinicianJourneyWorksInFirefox() throws Exception {
    assumeTrue(
        Files.isExecutable(FIREFOX),
        "The Firefox browser test needs Debian's firefox-esr package (/usr/bin/firefox-esr);"
            + " .ci/run installs it");
    Path node = Path.of(System.getProperty("kith.firefox.node", "target/firefox-node"));
    assumeTrue(
        Files.isDirectory(node.resolve("node_modules/puppeteer-core")),
        "The Firefox browser test needs puppeteer-core, which the build's firefox profile installs"
            + " into "
            + node
            + " with npm ci when /usr/bin/firefox-esr exists");

    ProcessBuilder journey =
        new ProcessBuilder("node", "journey.mjs")
            .directory(node.toFile())
            .redirectErrorStream(true);
    Map<String, String> env = journey.environment();
    env.put("KITH_UI_URL", deployed.toString().replace("//localhost:", "//127.0.0.1:"));
    env.put("KITH_USER", "clinician");
    env.put("KITH_PASSWORD", IntegrationEnvironment.current().secrets().get(Secrets.DEMO_PASSWORD));
    env.put("KITH_FIREFOX", FIREFOX.toString());
    env.put(
        "KITH_COMPANION_URL", IntegrationEnvironment.current().companions().url() + "/companion/");
    env.put(
        "KITH_SCREENSHOTS",
        Path.of(System.getProperty("kith.screenshots", "target/screenshots"))
            .toAbsolutePath()
            .toString());
    List<Path> photos = photos();
    if (photos.isEmpty()) {
      LOG.info("KITH-IT-023 ../shared/data/faces-dev is absent: Firefox enrolment steps skipped");
    } else {
      env.put("KITH_ENROL_PHOTOS", photos.get(0) + File.pathSeparator + photos.get(1));
      env.put("KITH_TRY_PHOTO", photos.get(3).toString());
    }

    // Written to a file rather than a pipe, so a hung browser cannot block the timeout.
    Path log = Path.of("target/firefox-journey.log").toAbsolutePath();
    journey.redirectOutput(log.toFile());
    long started = System.nanoTime();
    Process run = journey.start();
    boolean ended = run.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
    if (!ended) {
      run.descendants().forEach(ProcessHandle::destroyForcibly);
      run.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    String steps = Files.readString(log, UTF_8);
    // Echoed into the test's report (failsafe-reports/*-output.txt).
    System.out.printf(
        "Firefox journey (%s), %d s:%n%s%n",
        firefoxVersion(), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), steps);
    assertTrue(ended, "The Firefox journey ran past " + TIMEOUT_MINUTES + " minutes:\n" + steps);
    assertEquals(0, run.exitValue(), "The Firefox journey failed:\n" + steps);
    assertTrue(steps.contains("step") && steps.contains("done:"), steps);
    assertTrue(steps.contains("companion-listening ok"), "the Companion ran in Firefox: " + steps);
    if (!photos.isEmpty()) {
      assertTrue(steps.contains("try-it-known ok"), steps);
    }
  }

  /** Four photos of one person from faces-dev, read in place; none where it is absent. */
  private static List<Path> photos() throws IOException {
    Path identity = ClinicianJourneyIT.Enrolment.facesDev().resolve("Abdullah_Gul");
    if (!Files.isDirectory(identity)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(identity)) {
      return files.sorted().map(Path::toAbsolutePath).toList();
    }
  }

  private static String firefoxVersion() {
    try {
      Process version = new ProcessBuilder(FIREFOX.toString(), "--version").start();
      String out = new String(version.getInputStream().readAllBytes(), UTF_8).trim();
      version.waitFor(30, TimeUnit.SECONDS);
      return out;
    } catch (IOException e) {
      return "version unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "version unknown";
    }
  }
}
