package org.kith.api.audit;

/**
 * The thresholds a face was decided with: at or above {@code known} is KNOWN, at or above {@code
 * uncertain} UNCERTAIN, below UNKNOWN. {@code context} names what adapted them from the defaults
 * (for example {@code low-light}), or {@code default}.
 */
public record AppliedThresholds(double known, double uncertain, String context) {}
