package org.kith.recognition.tools.eval;

import java.util.Locale;

/** Number formats shared by the text and HTML reports; "–" where a number does not exist. */
final class Format {
  private Format() {}

  static String percent(double fraction) {
    return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.2f %%", fraction * 100) : "–";
  }

  static String decimal(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "–";
  }

  static String far(double far) {
    return String.format(Locale.ROOT, "%.0e", far);
  }

  static String tar(RocCurve.OperatingPoint p) {
    return p.supported()
        ? percent(p.tar()) + " (" + p.impostors() + " impostor pairs)"
        : "not enough impostors (" + p.impostors() + " pairs)";
  }

  static String dir(OpenSetMetrics.Point p) {
    return p.supported()
        ? percent(p.dir()) + " (" + p.nonMatedSearches() + " stranger searches)"
        : "not enough strangers (" + p.nonMatedSearches() + " searches)";
  }

  static String tenFold(TenFoldAccuracy t) {
    return t == null ? "–" : percent(t.mean()) + " ± " + percent(t.std());
  }
}
