package org.kith.audit.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the review UI charts: identifications per day, how faces were decided, score histograms per
 * decision (bins of equal width over [0, 1]) and how many answers were reported wrong.
 */
public record AuditStatistics(
    List<DayCount> identificationsPerDay,
    Map<String, Long> decisions,
    Map<String, Double> decisionRates,
    Map<String, List<Bin>> scoreHistograms,
    long feedbackReportedErrors) {

  /** Identifications on one UTC day. */
  public record DayCount(LocalDate day, long identifications) {}

  /** Faces whose score lies in [from, to). */
  public record Bin(double from, double to, long faces) {}
}
