package org.kith.audit.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.kith.api.tenancy.ClinicId;
import org.kith.audit.domain.AuditStore;
import org.kith.audit.domain.ChainVerification;
import org.kith.audit.domain.Checkpoint;

/** Walks a clinic's chain from its first record and reports the first broken link. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChainVerifier {
  private static final Logger LOG = Logger.getLogger(ChainVerifier.class.getName());

  @Inject AuditStore store;

  public ChainReport verify(ClinicId clinic) {
    Optional<Checkpoint> checkpoint = store.latestCheckpoint(clinic.value());
    ChainVerification verification = new ChainVerification();
    boolean[] confirmed = {false};
    store.walkChain(
        clinic.value(),
        record -> {
          boolean ok = verification.accept(record);
          if (ok
              && checkpoint.isPresent()
              && record.sequence() == checkpoint.get().sequence()
              && record.hash().equals(checkpoint.get().hash())) {
            confirmed[0] = true;
          }
          return ok;
        });
    boolean intact = verification.broken() == null && (checkpoint.isEmpty() || confirmed[0]);
    if (!intact) {
      LOG.warning(
          () ->
              "AUD-020 audit chain of a clinic is broken at "
                  + (verification.broken() == null
                      ? "its latest checkpoint"
                      : "sequence " + verification.broken().sequence()));
    }
    return new ChainReport(
        clinic.value(),
        intact,
        verification.checked(),
        verification.head(),
        verification.broken(),
        checkpoint.orElse(null),
        confirmed[0]);
  }
}
