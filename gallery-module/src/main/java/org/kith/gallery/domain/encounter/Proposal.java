package org.kith.gallery.domain.encounter;

import java.util.Map;

/**
 * A decision the tracker would take for a track, waiting for its audit record: the tracker applies
 * it only once the record is durable ({@link EncounterTracker#apply}), so nothing is said about
 * anyone that the audit log does not hold.
 *
 * @param context the evidence's values for the audit log (frames used, mean quality, agreement …)
 */
public record Proposal(
    int track,
    TrackDecision decision,
    float[] fused,
    String modelKey,
    Map<String, Double> context) {}
