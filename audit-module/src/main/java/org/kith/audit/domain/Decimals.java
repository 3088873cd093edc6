package org.kith.audit.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Scores, margins, thresholds and quality values as stored: six fractional digits, half-even. */
public final class Decimals {
  public static final int SCALE = 6;

  private Decimals() {}

  public static BigDecimal of(Double value) {
    return value == null ? null : BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_EVEN);
  }

  public static String canonical(BigDecimal value) {
    return value == null ? null : value.setScale(SCALE, RoundingMode.UNNECESSARY).toPlainString();
  }
}
