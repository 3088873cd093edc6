package org.kith.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives a page with keys only, as someone without a mouse does, checking on every stop that the
 * focused element shows its focus.
 */
final class Keyboard {
  /** More Tab presses than any of Kith's pages needs to reach a control. */
  private static final int MAX_TABS = 80;

  private final Browser browser;

  Keyboard(Browser browser) {
    this.browser = browser;
  }

  void press(CharSequence key) {
    new Actions(browser.driver).sendKeys(key).perform();
  }

  /** Shift+Tab: the focus moves back one control. */
  void shiftTab() {
    new Actions(browser.driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
  }

  void type(String text) {
    new Actions(browser.driver).sendKeys(text).perform();
  }

  /**
   * Presses Tab until the element with {@code id} has the focus; fails if it is never reached or if
   * the focus is invisible on any stop on the way.
   */
  void tabTo(String id) {
    for (int i = 0; i < MAX_TABS; i++) {
      press(Keys.TAB);
      WebElement focused = browser.focused();
      String at = focused.getAttribute("id") + " <" + focused.getTagName() + ">";
      assertTrue(browser.focusIsVisible(), "the focus is not visible on " + at);
      if (id.equals(focused.getAttribute("id"))) {
        return;
      }
    }
    browser.screenshot("focus-lost");
    throw new AssertionError(id + " not reached with " + MAX_TABS + " Tab presses");
  }

  /** Presses a key on the focused button and waits for the page it posts to. */
  void pressAndWaitForNextPage(CharSequence key) {
    WebElement focused = browser.focused();
    press(key);
    new WebDriverWait(browser.driver, Duration.ofSeconds(120))
        .until(ExpectedConditions.stalenessOf(focused));
  }
}
