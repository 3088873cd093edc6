package org.kith.audit.application;

import org.kith.audit.domain.ChainHead;
import org.kith.audit.domain.ChainVerification.BrokenLink;
import org.kith.audit.domain.Checkpoint;

/**
 * The outcome of walking a clinic's chain.
 *
 * @param checked how many records verified before the first broken link (all the walked ones if
 *     intact)
 * @param firstBrokenLink null when intact
 * @param latestCheckpoint null when none was taken yet
 * @param checkpointConfirmed whether the chain still holds the latest checkpoint's hash at its
 *     sequence number (false also when the chain was cut short before it)
 * @param full whether the walk started at the chain's first record; otherwise it resumed at the
 *     record an earlier intact walk ended at ({@code fromSequence}), trusting the records before it
 * @param fromSequence the sequence number the walk started at
 */
public record ChainReport(
    String clinicId,
    boolean intact,
    long checked,
    ChainHead head,
    BrokenLink firstBrokenLink,
    Checkpoint latestCheckpoint,
    boolean checkpointConfirmed,
    boolean full,
    long fromSequence) {}
