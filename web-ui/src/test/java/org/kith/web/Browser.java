package org.kith.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, with a fresh profile each time. Tests
 * skip, saying why, where the packages are not installed ({@code .ci/run} installs them).
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  final ChromeDriver driver;

  /** What axe-core found on the screens checked so far. */
  final Accessibility accessibility = new Accessibility();

  /** Where the browser saves downloads, without asking. */
  final Path downloads;

  private final String name;
  private final Path profile;
  private final Path screenshots;
  private int shot;

  Browser(String name) {
    this(name, options -> {});
  }

  /** A browser whose options {@code extra} adds to (e.g. a fake camera). */
  Browser(String name, java.util.function.Consumer<ChromeOptions> extra) {
    this.name = name;
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Browser tests need Debian's chromium and chromium-driver packages"
            + " (/usr/bin/chromium, /usr/bin/chromedriver)");
    try {
      profile = Files.createTempDirectory("kith-chromium-");
      downloads = Files.createDirectories(profile.resolve("downloads"));
      screenshots = Path.of(System.getProperty("kith.screenshots", "target/screenshots"));
      Files.createDirectories(screenshots);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1600",
        "--user-data-dir=" + profile);
    options.setExperimentalOption(
        "prefs",
        java.util.Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    extra.accept(options);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
    // Headless Chromium follows the download preference only once told downloads are allowed.
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
  }

  void open(String url) {
    driver.get(url);
  }

  /**
   * Logs in on Keycloak's form, which the UI sent the browser to, and waits until the UI has
   * finished signing in. Opening another page while the UI's callback is still exchanging the code
   * starts a second sign-in, whose state that callback then refuses with an empty page.
   */
  void logIn(String username, String password) {
    WebElement user = waitFor(By.id("username"));
    user.sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("kc-login")).click();
    waitUntil(
        "finished sign-in",
        d -> isSignedIn(d.getCurrentUrl()) && !d.findElements(By.tagName("h1")).isEmpty());
  }

  private static boolean isSignedIn(String url) {
    return !url.contains("/realms/") && !url.contains("/callback");
  }

  /** Waits for an element; on a timeout, saves a screenshot and fails with the page's text. */
  WebElement waitFor(By by) {
    return waitUntil(by.toString(), ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Waits up to a minute; on a timeout, saves a screenshot and fails with the page's text. */
  private <T> T waitUntil(String what, Function<WebDriver, T> condition) {
    try {
      return new WebDriverWait(driver, Duration.ofSeconds(60)).until(condition);
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("failure");
      throw new AssertionError(
          "No " + what + " on " + driver.getCurrentUrl() + "; the page says: " + text(), e);
    }
  }

  WebElement byId(String id) {
    return waitFor(By.id(id));
  }

  void type(String id, String text) {
    WebElement field = byId(id);
    field.clear();
    field.sendKeys(text);
  }

  /** Clicks and waits for the next page to load (the forms post without ajax). */
  void submit(String buttonId) {
    WebElement button = byId(buttonId);
    button.click();
    new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> isGone(button));
  }

  /**
   * Whether the element left the page. While the next page replaces it, Chromium can also answer
   * "node does not belong to the document", which Selenium reports as a plain WebDriverException
   * rather than a stale element; both mean the old page is gone.
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      return true;
    } catch (org.openqa.selenium.WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /**
   * Checks the page now shown with axe-core; a test ends with {@code accessibility.assertNone()}.
   */
  void checkAccessibility(String screen) {
    accessibility.check(driver, screen);
  }

  /** The element that has the keyboard focus. */
  WebElement focused() {
    return driver.switchTo().activeElement();
  }

  /**
   * Whether the focused element shows it: an outline or a box shadow, as the browser computes them.
   */
  boolean focusIsVisible() {
    Object visible =
        driver.executeScript(
            "const s = getComputedStyle(document.activeElement);"
                + " const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;"
                + " const shadow = s.boxShadow && s.boxShadow !== 'none';"
                + " return outline || shadow;");
    return Boolean.TRUE.equals(visible);
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Saves a screenshot as {@code <test>-<nn>-<step>.png}. */
  void screenshot(String step) {
    Path file = screenshots.resolve(String.format("%s-%02d-%s.png", name, ++shot, step));
    try {
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          file,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var walk = Files.walk(profile)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temp profile is harmless.
    }
  }
}
