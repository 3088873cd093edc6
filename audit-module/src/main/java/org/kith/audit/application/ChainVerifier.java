package org.kith.audit.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.kith.api.tenancy.ClinicId;
import org.kith.audit.domain.AuditStore;
import org.kith.audit.domain.CanonicalForm;
import org.kith.audit.domain.ChainHead;
import org.kith.audit.domain.ChainVerification;
import org.kith.audit.domain.Checkpoint;

/**
 * Walks a clinic's chain and reports the first broken link. By default a walk resumes at the record
 * the last intact walk ended at, so verifying costs what was appended since; a full walk starts at
 * the first record and is what finds a change to a record that was already verified.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChainVerifier {
  private static final Logger LOG = Logger.getLogger(ChainVerifier.class.getName());

  @Inject AuditStore store;

  public ChainReport verify(ClinicId clinic, boolean full) {
    String id = clinic.value();
    Optional<Checkpoint> checkpoint = store.latestCheckpoint(id);
    Optional<ChainHead> verified = store.latestVerified(id);
    ChainHead resumeFrom = full ? ChainHead.EMPTY : verified.orElse(ChainHead.EMPTY);
    ChainVerification verification = new ChainVerification(resumeFrom);
    boolean[] confirmed = {false};
    boolean[] rewritten = {false};
    store.walkChain(
        id,
        verification.startSequence(),
        record -> {
          boolean ok = verification.accept(record);
          if (ok
              && checkpoint.isPresent()
              && record.sequence() == checkpoint.get().sequence()
              && record.hash().equals(checkpoint.get().hash())) {
            confirmed[0] = true;
          }
          if (ok
              && full
              && verified.isPresent()
              && record.sequence() == verified.get().sequence()
              && !record.hash().equals(verified.get().hash())) {
            // Re-linked consistently from some record on, but not the chain that was verified.
            rewritten[0] = true;
            return false;
          }
          return ok;
        });
    verification.finish();
    if (checkpoint.isPresent() && checkpoint.get().sequence() < resumeFrom.sequence()) {
      // Before where this walk started: the record must still carry the published hash.
      confirmed[0] = holds(id, checkpoint.get().sequence(), checkpoint.get().hash());
    }
    boolean linked = verification.broken() == null && !rewritten[0];
    // A full walk must still reach the record an earlier walk verified: else the chain was cut.
    boolean reachesVerified =
        verified.isEmpty() || verified.get().sequence() <= verification.head().sequence();
    boolean intact = linked && reachesVerified && (checkpoint.isEmpty() || confirmed[0]);
    ChainVerification.BrokenLink broken = verification.broken();
    if (rewritten[0]) {
      long at = verified.get().sequence();
      broken =
          new ChainVerification.BrokenLink(
              store.findInChain(id, at).map(r -> r.id()).orElse(0L),
              at,
              at,
              ChainVerification.Problem.HASH_MISMATCH);
    } else if (linked && !reachesVerified) {
      long lost = verified.get().sequence();
      broken = new ChainVerification.BrokenLink(0, lost, lost, ChainVerification.Problem.TRUNCATED);
    }
    if (intact && verification.head().sequence() > resumeFrom.sequence()) {
      store.saveVerified(id, verification.head(), Instant.now(), full);
    }
    if (!intact) {
      ChainVerification.BrokenLink at = broken;
      LOG.warning(
          () ->
              "AUD-020 audit chain of a clinic is broken at "
                  + (at == null ? "its latest checkpoint" : "sequence " + at.expectedSequence()));
    }
    return new ChainReport(
        id,
        intact,
        verification.checked(),
        verification.head(),
        broken,
        checkpoint.orElse(null),
        confirmed[0],
        full || resumeFrom.sequence() == 0,
        verification.startSequence());
  }

  private boolean holds(String clinic, long sequence, String hash) {
    return store
        .findInChain(clinic, sequence)
        .filter(r -> r.hash().equals(hash) && CanonicalForm.hash(r).equals(r.hash()))
        .isPresent();
  }
}
