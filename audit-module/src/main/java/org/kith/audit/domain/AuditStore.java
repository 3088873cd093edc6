package org.kith.audit.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Stored audit records, always read within one clinic; written only by the chain writer. */
public interface AuditStore {
  Optional<AuditRecord> find(String clinicId, long id);

  /** Newest first. */
  List<AuditRecord> search(String clinicId, AuditQuery query, int offset, int limit);

  /** The record at a place in the clinic's chain, if it is (still) there. */
  Optional<AuditRecord> findInChain(String clinicId, long sequence);

  /**
   * Hands the clinic's records from {@code fromSequence} on to {@code consumer} in sequence order
   * until it returns false; streamed in pages so that a long chain never sits in memory.
   */
  void walkChain(String clinicId, long fromSequence, Predicate<AuditRecord> consumer);

  ChainHead head(String clinicId);

  AuditStatistics statistics(String clinicId, Instant from, Instant to, int bins);

  void saveCheckpoint(Checkpoint checkpoint);

  Optional<Checkpoint> latestCheckpoint(String clinicId);

  List<Checkpoint> checkpoints(String clinicId, int offset, int limit);

  /** Remembers that the clinic's chain was walked intact up to {@code head}. */
  void saveVerified(String clinicId, ChainHead head, Instant verifiedAt, boolean fullWalk);

  /** The furthest record an intact walk reached, where the next walk may resume. */
  Optional<ChainHead> latestVerified(String clinicId);

  /** Clinics whose chain has moved on since their latest checkpoint. */
  List<String> clinicsWithUncheckpointedRecords();
}
