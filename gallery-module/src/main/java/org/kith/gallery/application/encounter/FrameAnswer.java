package org.kith.gallery.application.encounter;

import java.util.List;
import java.util.Map;

/**
 * The answer to one frame: whether it was analysed ({@code PROCESSED}) or dropped ({@code DROPPED},
 * with {@code reason} {@code OUT_OF_ORDER}, {@code SUPERSEDED} or {@code BUSY}); for an analysed
 * one, whether the detector ran ({@code DETECTED}) or the known faces were followed ({@code
 * FOLLOWED}), how many faces were seen and how many tracks are open; and the encounter's events
 * since the previous answer.
 */
public record FrameAnswer(
    String encounterId,
    long sequence,
    String status,
    String reason,
    String mode,
    Integer faces,
    Integer tracks,
    Map<String, Double> millis,
    List<EncounterEvent> events) {}
