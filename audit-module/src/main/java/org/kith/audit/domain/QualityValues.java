package org.kith.audit.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A face's quality values in one canonical text, {@code name=value;name=value} sorted by name, with
 * names restricted to {@code [a-z][a-zA-Z0-9_.-]*} so that the separators cannot occur in them.
 */
public final class QualityValues {
  private QualityValues() {}

  public static String canonical(Map<String, Double> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, Double> entry : new TreeMap<>(values).entrySet()) {
      if (text.length() > 0) {
        text.append(';');
      }
      text.append(entry.getKey())
          .append('=')
          .append(Decimals.canonical(Decimals.of(entry.getValue())));
    }
    return text.toString();
  }

  public static Map<String, BigDecimal> parse(String canonical) {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    if (canonical == null || canonical.isEmpty()) {
      return values;
    }
    for (String pair : canonical.split(";")) {
      int eq = pair.indexOf('=');
      values.put(pair.substring(0, eq), new BigDecimal(pair.substring(eq + 1)));
    }
    return values;
  }
}
