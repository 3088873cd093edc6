package org.kith.web;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.WebDriver;

/**
 * Checks the page in the browser against WCAG 2.1 levels A and AA with Deque's axe-core, and keeps
 * what it finds as readable lines (screen, rule, impact, element, what to fix), so that one run
 * lists every screen's violations instead of stopping at the first.
 */
final class Accessibility {
  /** The axe-core tags of WCAG 2.0 and 2.1, levels A and AA. */
  static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private final List<String> violations = new ArrayList<>();
  private final List<String> checked = new ArrayList<>();

  /** Checks the page now shown and records its violations under {@code screen}. */
  void check(WebDriver driver, String screen) {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
    if (results.isErrored()) {
      violations.add(screen + ": axe-core could not check the page: " + results.getErrorMessage());
      return;
    }
    checked.add(screen);
    for (Rule rule : results.getViolations()) {
      for (CheckedNode node : rule.getNodes()) {
        violations.add(describe(screen, rule, node));
      }
    }
  }

  static String describe(String screen, Rule rule, CheckedNode node) {
    String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary();
    return String.format(
        "%s: %s (%s) at %s: %s%n    %s",
        screen,
        rule.getId(),
        rule.getImpact(),
        node.getTarget(),
        rule.getHelp(),
        summary.replace("\n", "\n    "));
  }

  List<String> violations() {
    return List.copyOf(violations);
  }

  List<String> checked() {
    return List.copyOf(checked);
  }

  /** Fails, listing every violation found so far, if there were any. */
  void assertNone() {
    if (!violations.isEmpty()) {
      throw new AssertionError(
          violations.size()
              + " WCAG 2.1 A/AA violation(s) found by axe-core on "
              + checked
              + ":\n"
              + String.join("\n", violations));
    }
  }
}
