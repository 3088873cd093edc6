package org.kith.web.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The audit review API's answers as the UI reads them. */
public final class Audit {
  private Audit() {}

  public record Face(
      int index,
      String decision,
      String candidatePersonId,
      BigDecimal score,
      BigDecimal runnerUpMargin,
      BigDecimal thresholdKnown,
      BigDecimal thresholdUncertain,
      String thresholdContext,
      Map<String, BigDecimal> quality) {}

  public record Event(
      long id,
      String clinicId,
      long sequence,
      Instant occurredAt,
      Instant recordedAt,
      String action,
      String outcome,
      String actorSubject,
      String actorRole,
      String actorAddress,
      String requestId,
      String patientRef,
      String deviceId,
      String targetType,
      String targetId,
      Long correctsEventId,
      String reason,
      String modelId,
      String modelVersion,
      Long latencyMillis,
      List<Face> faces,
      String previousHash,
      String hash) {

    /** The decisions of the event's faces, for the table. */
    public String decisions() {
      if (faces == null || faces.isEmpty()) {
        return "";
      }
      return String.join(", ", faces.stream().map(Face::decision).toList());
    }

    /** The highest face score, for the table. */
    public BigDecimal topScore() {
      if (faces == null) {
        return null;
      }
      return faces.stream()
          .map(Face::score)
          .filter(s -> s != null)
          .max(BigDecimal::compareTo)
          .orElse(null);
    }
  }

  public record DayCount(LocalDate day, long identifications) {}

  public record Bin(double from, double to, long faces) {}

  public record Statistics(
      List<DayCount> identificationsPerDay,
      Map<String, Long> decisions,
      Map<String, Double> decisionRates,
      Map<String, List<Bin>> scoreHistograms,
      long feedbackReportedErrors) {}

  public record Head(Long sequence, String hash) {}

  public record BrokenLink(long eventId, long sequence, long expectedSequence, String problem) {}

  public record Checkpoint(Long sequence, String hash, Instant takenAt) {}

  public record ChainReport(
      String clinicId,
      boolean intact,
      long checked,
      Head head,
      BrokenLink firstBrokenLink,
      Checkpoint latestCheckpoint,
      boolean checkpointConfirmed) {}
}
