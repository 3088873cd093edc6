package org.kith.audit.domain;

import java.time.Instant;
import java.util.List;

/**
 * One event in a clinic's audit chain, exactly as stored. Immutable: the module has no update or
 * delete path, and the database account it runs with could not execute one.
 *
 * @param sequence the position in the clinic's chain, 1 for the first event, without gaps
 * @param previousHash the hash of the record at {@code sequence - 1}, {@link
 *     ChainHead#GENESIS_HASH} for the first
 * @param hash SHA-256 of {@link CanonicalForm} of this record, which includes {@code previousHash}
 */
public record AuditRecord(
    long id,
    String clinicId,
    long sequence,
    String previousHash,
    Instant occurredAt,
    Instant recordedAt,
    String action,
    String outcome,
    String actorSubject,
    String actorRole,
    String actorAddress,
    String requestId,
    String patientRef,
    String deviceId,
    String targetType,
    String targetId,
    Long correctsEventId,
    String reason,
    String modelId,
    String modelVersion,
    Long latencyMillis,
    List<AuditedFaceRecord> faces,
    String hash) {

  public AuditRecord {
    faces = List.copyOf(faces);
  }

  /**
   * This draft placed in its chain: given its id, position, predecessor and time of recording, and
   * sealed with the hash of all of it. What the chain writer stores.
   */
  public AuditRecord placed(long newId, ChainHead previous, Instant recorded) {
    AuditRecord unsealed =
        copy(newId, previous.sequence() + 1, previous.hash(), recorded, faces, null);
    return unsealed.copy(
        newId,
        unsealed.sequence,
        unsealed.previousHash,
        recorded,
        faces,
        CanonicalForm.hash(unsealed));
  }

  /** The same record with its faces, which are stored in rows of their own. */
  public AuditRecord withFaces(List<AuditedFaceRecord> storedFaces) {
    return copy(id, sequence, previousHash, recordedAt, storedFaces, hash);
  }

  /** This record with its chain placement, faces and seal replaced; the event itself unchanged. */
  private AuditRecord copy(
      long newId,
      long newSequence,
      String newPreviousHash,
      Instant newRecordedAt,
      List<AuditedFaceRecord> newFaces,
      String newHash) {
    return new AuditRecord(
        newId,
        clinicId,
        newSequence,
        newPreviousHash,
        occurredAt,
        newRecordedAt,
        action,
        outcome,
        actorSubject,
        actorRole,
        actorAddress,
        requestId,
        patientRef,
        deviceId,
        targetType,
        targetId,
        correctsEventId,
        reason,
        modelId,
        modelVersion,
        latencyMillis,
        newFaces,
        newHash);
  }

  public ChainHead asHead() {
    return new ChainHead(sequence, hash);
  }
}
