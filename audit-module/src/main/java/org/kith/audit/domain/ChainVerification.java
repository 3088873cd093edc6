package org.kith.audit.domain;

/**
 * Walks one clinic's records in sequence order and remembers the first broken link: a record whose
 * content no longer matches its hash (changed), a sequence number that skips (deleted), a record
 * that does not link to its predecessor's hash (replaced or re-ordered), or a chain that ends
 * before a record it was once verified to hold (cut short).
 *
 * <p>A walk either starts at the genesis or resumes at a record an earlier walk verified: that
 * record must still be there, unchanged, with the hash it had then, and the walk goes on from it.
 */
public final class ChainVerification {
  /** Why a link is broken. */
  public enum Problem {
    HASH_MISMATCH,
    SEQUENCE_GAP,
    PREVIOUS_HASH_MISMATCH,
    /** The chain ends before the record an earlier verification ended at. */
    TRUNCATED
  }

  /**
   * The first broken link.
   *
   * @param eventId the record at which the chain breaks; 0 for {@link Problem#TRUNCATED}, where the
   *     record no longer exists
   * @param expectedSequence what the sequence number should have been (differs for a gap)
   */
  public record BrokenLink(long eventId, long sequence, long expectedSequence, Problem problem) {}

  private final ChainHead resumeFrom;
  private boolean resumed;
  private ChainHead head;
  private long checked;
  private BrokenLink broken;

  /** A walk from the chain's first record. */
  public ChainVerification() {
    this(ChainHead.EMPTY);
  }

  /**
   * A walk that resumes at a verified record: the first record it is given must be that record.
   *
   * @param verified the last record of an earlier intact walk; {@link ChainHead#EMPTY} to start at
   *     the genesis
   */
  public ChainVerification(ChainHead verified) {
    this.resumeFrom = verified;
    this.resumed = verified.sequence() == 0;
    this.head = verified.sequence() == 0 ? ChainHead.EMPTY : null;
  }

  /** The sequence number the walk must start at: the resumed record, or 1. */
  public long startSequence() {
    return resumeFrom.sequence() == 0 ? 1 : resumeFrom.sequence();
  }

  /** Takes the next record; returns false once the chain is known to be broken. */
  public boolean accept(AuditRecord record) {
    if (broken != null) {
      return false;
    }
    if (!resumed) {
      return acceptResumed(record);
    }
    long expected = head.sequence() + 1;
    if (record.sequence() != expected) {
      broken = new BrokenLink(record.id(), record.sequence(), expected, Problem.SEQUENCE_GAP);
    } else if (!record.previousHash().equals(head.hash())) {
      broken =
          new BrokenLink(record.id(), record.sequence(), expected, Problem.PREVIOUS_HASH_MISMATCH);
    } else if (!CanonicalForm.hash(record).equals(record.hash())) {
      broken = new BrokenLink(record.id(), record.sequence(), expected, Problem.HASH_MISMATCH);
    }
    if (broken != null) {
      return false;
    }
    checked++;
    head = new ChainHead(record.sequence(), record.hash());
    return true;
  }

  private boolean acceptResumed(AuditRecord record) {
    long expected = resumeFrom.sequence();
    if (record.sequence() != expected) {
      broken = new BrokenLink(record.id(), record.sequence(), expected, Problem.SEQUENCE_GAP);
    } else if (!record.hash().equals(resumeFrom.hash())
        || !CanonicalForm.hash(record).equals(record.hash())) {
      broken = new BrokenLink(record.id(), record.sequence(), expected, Problem.HASH_MISMATCH);
    }
    if (broken != null) {
      return false;
    }
    resumed = true;
    checked++;
    head = resumeFrom;
    return true;
  }

  /** Ends the walk: a resumed walk that never saw its starting record found the chain cut short. */
  public void finish() {
    if (broken == null && !resumed) {
      broken = new BrokenLink(0, resumeFrom.sequence(), resumeFrom.sequence(), Problem.TRUNCATED);
    }
  }

  public long checked() {
    return checked;
  }

  /** The last record verified; {@link ChainHead#EMPTY} before any. */
  public ChainHead head() {
    return head == null ? ChainHead.EMPTY : head;
  }

  public BrokenLink broken() {
    return broken;
  }
}
