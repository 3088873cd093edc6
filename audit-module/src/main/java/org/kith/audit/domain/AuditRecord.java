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
    AuditRecord placed =
        new AuditRecord(
            newId,
            clinicId,
            previous.sequence() + 1,
            previous.hash(),
            occurredAt,
            recorded,
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
            faces,
            null);
    return new AuditRecord(
        newId,
        clinicId,
        placed.sequence,
        placed.previousHash,
        occurredAt,
        recorded,
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
        faces,
        CanonicalForm.hash(placed));
  }

  /** The same record with its faces, which are stored in rows of their own. */
  public AuditRecord withFaces(List<AuditedFaceRecord> storedFaces) {
    return new AuditRecord(
        id,
        clinicId,
        sequence,
        previousHash,
        occurredAt,
        recordedAt,
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
        storedFaces,
        hash);
  }

  public ChainHead asHead() {
    return new ChainHead(sequence, hash);
  }
}
