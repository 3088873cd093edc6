package org.kith.deploy.platform;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kith.deploy.environment.LocalKeycloak;
import org.kith.deploy.environment.PayaraLog;
import org.kith.deploy.environment.Ports;
import org.kith.deploy.environment.Secrets;
import org.kith.deploy.testing.ApiClient;
import org.kith.deploy.testing.BrowserLogin;
import org.kith.deploy.testing.Tokens;

/**
 * {@code ./kith up}, {@code down} and {@code up} again in one installation, as a user restarting
 * Kith does, through the real launcher on this build's distribution, with its own home folder and
 * ports. From the moment the second {@code up} returns, every module's health and one authenticated
 * operation of each module must answer 2xx for a minute, and the second start's log must name each
 * module's deployment exactly once.
 */
class RestartIT {
  private static final List<String> MODULES = List.of("recognition", "gallery", "audit", "ui");
  private static final Duration CALLS_FOR = Duration.ofSeconds(60);
  private static final long COMMAND_TIMEOUT_MINUTES = 12;

  private final Path launcher = Path.of(System.getProperty("kith.launcher"));
  private final Path work = Path.of(System.getProperty("kith.launcher.work"));
  private final Map<String, String> env = new LinkedHashMap<>();
  private final int port = Ports.freeLoopbackPort();
  private final int keycloakPort = Ports.freeLoopbackPort();
  private final int databasePort = Ports.freeLoopbackPort();
  private Path home;

  @Test
  void secondStartDeploysEachModuleOnceAndServesFromTheMomentItSaysUp() throws Exception {
    Files.createDirectories(work);
    home = Files.createTempDirectory(work, "home-");
    env.put("KITH_HOME", home.toString());
    env.put("KITH_PORT", Integer.toString(port));
    env.put("KITH_KEYCLOAK_PORT", Integer.toString(keycloakPort));
    env.put("KITH_DB_PORT", Integer.toString(databasePort));
    try {
      kith("up", "first-up");
      kith("down", "first-down");
      List<Integer> stillTaken =
          List.of(port, keycloakPort, databasePort).stream()
              .filter(p -> Ports.isListening("127.0.0.1", p))
              .toList();
      assertEquals(List.of(), stillTaken, "ports still taken when down returned");

      PayaraLog secondStart = PayaraLog.from(home.resolve("logs/payara.log"));
      long started = System.nanoTime();
      kith("up", "second-up");
      double seconds = (System.nanoTime() - started) / 1e9;
      Matcher boot = Pattern.compile("ready in ([0-9,]+) \\(ms\\)").matcher(secondStart.text());
      System.out.printf(
          "KITH-IT-030 second ./kith up took %.1f s (Payara Micro: ready in %s ms)%n",
          seconds, boot.find() ? boot.group(1) : "?");

      List<String> refused = new ArrayList<>();
      int calls = callEveryModule(refused);
      System.out.printf(
          "KITH-IT-031 %d calls in %d s after the second up, %d not 2xx%s%n",
          calls,
          CALLS_FOR.toSeconds(),
          refused.size(),
          refused.isEmpty() ? "" : "; the last: " + refused.get(refused.size() - 1));

      Map<String, Integer> deployments = new LinkedHashMap<>();
      Map<String, Integer> remembered = new LinkedHashMap<>();
      for (String module : MODULES) {
        deployments.put(module, secondStart.deployments(module));
        remembered.put(module, secondStart.remembered(module));
      }
      System.out.println(
          "KITH-IT-032 second start: deployments " + deployments + ", remembered " + remembered);
      assertAll(
          () ->
              assertEquals(
                  List.of(),
                  refused.subList(0, Math.min(20, refused.size())),
                  refused.size() + " answers other than 2xx, the first 20"),
          () -> assertTrue(calls > 100, "too few calls to tell: " + calls),
          () ->
              assertEquals(
                  Map.of("recognition", 1, "gallery", 1, "audit", 1, "ui", 1),
                  deployments,
                  "deployments named in the second start's log"),
          () ->
              assertEquals(
                  Map.of("recognition", 0, "gallery", 0, "audit", 0, "ui", 0),
                  remembered,
                  "applications loaded from an earlier run"));
    } finally {
      kith("down", "last-down");
    }
  }

  /**
   * Calls, round after round for {@link #CALLS_FOR}: the server's health and liveness, the
   * gallery's patients as a clinician, the audit search as a reviewer, the recognition runtime as
   * the platform's service and the web UI's start page in a logged-in session. Returns the number
   * of calls; what was not 2xx is added to {@code refused}.
   */
  private int callEveryModule(List<String> refused) throws Exception {
    Instant from = Instant.now();
    String url = "http://127.0.0.1:" + port;
    Secrets secrets = Secrets.loadOrCreate(home.resolve("secrets.properties"));
    Tokens tokens = new Tokens(LocalKeycloak.issuer(keycloakPort), secrets);
    ApiClient api = new ApiClient(URI.create(url));
    String clinician = tokens.user("clinician");
    String reviewer = tokens.user("reviewer");
    String service = tokens.platformService();
    BrowserLogin browser = new BrowserLogin();
    URI startPage = URI.create(url + "/ui/index.xhtml");
    boolean loggedIn = false;

    Instant until = Instant.now().plus(CALLS_FOR);
    int calls = 0;
    while (Instant.now().isBefore(until)) {
      for (String health : List.of("/health/ready", "/health/live")) {
        call(refused, from, health, () -> api.get(health, null));
      }
      call(
          refused,
          from,
          "gallery patients",
          () -> api.get("/gallery/api/v1/patients?limit=5", clinician));
      call(refused, from, "audit events", () -> api.get("/audit/api/v1/events?limit=1", reviewer));
      call(
          refused,
          from,
          "recognition runtime",
          () -> api.get("/recognition/api/v1/runtime", service));
      // Logs in once, in the first round whose login succeeds; a failed login is a refused call.
      try {
        HttpResponse<String> page =
            loggedIn
                ? browser.get(startPage)
                : browser.login(startPage, "clinician", secrets.get(Secrets.DEMO_PASSWORD));
        // A lost session ends at the realm's login form, which answers 200 too.
        int pageStatus = page.uri().getPort() == port ? page.statusCode() : 401;
        check(refused, from, "UI start page", pageStatus, page.uri().toString());
        loggedIn = loggedIn || pageStatus == 200;
      } catch (IOException | AssertionError e) {
        check(refused, from, "UI start page", 0, e.getMessage());
      }
      calls += 6;
    }
    return calls;
  }

  private static void call(
      List<String> refused, Instant from, String what, Supplier<ApiClient.Reply> request) {
    try {
      ApiClient.Reply reply = request.get();
      check(refused, from, what, reply.status(), reply.body());
    } catch (IllegalStateException noAnswer) {
      check(refused, from, what, 0, noAnswer.getMessage());
    }
  }

  private static void check(
      List<String> refused, Instant from, String what, int status, String body) {
    if (status < 200 || status > 299) {
      String shortBody = body == null ? "" : body.substring(0, Math.min(120, body.length()));
      refused.add(
          String.format(
              "%.1f s %s: %d %s",
              Duration.between(from, Instant.now()).toMillis() / 1000.0, what, status, shortBody));
    }
  }

  /**
   * The launcher rebuilds Kith when a source is newer than its distribution; this build has just
   * packaged the distribution under test, so it is current, and a build inside the build must not
   * start (also where a source is edited while the test runs).
   */
  private void markDistributionBuilt() throws IOException {
    Path marker = launcher.getParent().resolve("deploy/platform/target/kith/.built");
    assertTrue(Files.isDirectory(marker.getParent()), "no distribution at " + marker.getParent());
    if (!Files.exists(marker)) {
      Files.createFile(marker);
    }
    Files.setLastModifiedTime(marker, FileTime.from(Instant.now()));
  }

  private void kith(String command, String name) throws Exception {
    if (command.equals("up")) {
      markDistributionBuilt();
    }
    Path output = home.resolve(name + ".out");
    ProcessBuilder builder =
        new ProcessBuilder(launcher.toString(), command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    builder.environment().putAll(env);
    Process process = builder.start();
    boolean exited = process.waitFor(COMMAND_TIMEOUT_MINUTES, TimeUnit.MINUTES);
    if (!exited) {
      process.destroyForcibly();
    }
    String printed = Files.readString(output);
    System.out.println("./kith " + command + ":\n" + printed);
    assertTrue(exited, "./kith " + command + " still running: " + printed);
    assertEquals(0, process.exitValue(), "./kith " + command + ": " + printed);
    if (command.equals("up")) {
      assertFalse(printed.contains("Building Kith"), "the launcher rebuilt Kith: " + printed);
      assertTrue(printed.contains("Kith is up"), printed);
    }
  }
}
