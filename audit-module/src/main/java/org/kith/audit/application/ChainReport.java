package org.kith.audit.application;

import org.kith.audit.domain.ChainHead;
import org.kith.audit.domain.ChainVerification.BrokenLink;
import org.kith.audit.domain.Checkpoint;

/**
 * The outcome of walking a clinic's chain.
 *
 * @param checked how many records verified before the first broken link (all of them if intact)
 * @param firstBrokenLink null when intact
 * @param latestCheckpoint null when none was taken yet
 * @param checkpointConfirmed whether the verified chain still holds the latest checkpoint's hash at
 *     its sequence number (false also when the chain was cut short before it)
 */
public record ChainReport(
    String clinicId,
    boolean intact,
    long checked,
    ChainHead head,
    BrokenLink firstBrokenLink,
    Checkpoint latestCheckpoint,
    boolean checkpointConfirmed) {}
