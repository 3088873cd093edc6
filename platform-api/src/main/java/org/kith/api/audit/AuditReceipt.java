package org.kith.api.audit;

/**
 * Proof that an entry is in its clinic's chain: its event id (what a device quotes when it reports
 * a wrong answer), its position in the chain and its hash.
 */
public record AuditReceipt(long eventId, long sequence, String hash) {}
