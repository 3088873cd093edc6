package org.kith.audit.domain;

/** The last record of a clinic's chain: what the next record links to. */
public record ChainHead(long sequence, String hash) {
  /** What the first record of every chain links to. */
  public static final String GENESIS_HASH = "0".repeat(64);

  public static final ChainHead EMPTY = new ChainHead(0, GENESIS_HASH);

  public ChainHead next(String nextHash) {
    return new ChainHead(sequence + 1, nextHash);
  }
}
