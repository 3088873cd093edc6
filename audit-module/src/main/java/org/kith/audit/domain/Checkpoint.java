package org.kith.audit.domain;

import java.time.Instant;

/** A clinic's chain head at one moment, published so the clinic can anchor it outside Kith. */
public record Checkpoint(String clinicId, long sequence, String hash, Instant takenAt) {}
