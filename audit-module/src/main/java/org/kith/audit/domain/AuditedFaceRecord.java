package org.kith.audit.domain;

import java.math.BigDecimal;

/**
 * One face of a stored identification. Numbers are decimals with exactly {@link Decimals#SCALE}
 * fractional digits, as the database stores them, so a record read back hashes like the one
 * written.
 *
 * @param quality the face's quality values in canonical form ({@link QualityValues})
 */
public record AuditedFaceRecord(
    int index,
    String decision,
    String candidatePersonId,
    BigDecimal score,
    BigDecimal runnerUpMargin,
    BigDecimal thresholdKnown,
    BigDecimal thresholdUncertain,
    String thresholdContext,
    String quality) {}
