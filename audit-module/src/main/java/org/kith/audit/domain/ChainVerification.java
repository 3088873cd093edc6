package org.kith.audit.domain;

/**
 * Walks one clinic's records in sequence order and remembers the first broken link: a record whose
 * content no longer matches its hash (changed), a sequence number that skips (deleted), or a record
 * that does not link to its predecessor's hash (replaced or re-ordered).
 */
public final class ChainVerification {
  /** Why a link is broken. */
  public enum Problem {
    HASH_MISMATCH,
    SEQUENCE_GAP,
    PREVIOUS_HASH_MISMATCH
  }

  /**
   * The first broken link.
   *
   * @param eventId the record at which the chain breaks
   * @param expectedSequence what the sequence number should have been (differs for a gap)
   */
  public record BrokenLink(long eventId, long sequence, long expectedSequence, Problem problem) {}

  private ChainHead head = ChainHead.EMPTY;
  private long checked;
  private BrokenLink broken;

  /** Takes the next record; returns false once the chain is known to be broken. */
  public boolean accept(AuditRecord record) {
    if (broken != null) {
      return false;
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

  public long checked() {
    return checked;
  }

  public ChainHead head() {
    return head;
  }

  public BrokenLink broken() {
    return broken;
  }
}
