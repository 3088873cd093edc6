package org.kith.gallery.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.kith.api.problem.KithException;
import org.kith.gallery.domain.Consent;
import org.kith.gallery.domain.ConsentRepository;

/**
 * Erases the templates of consents that have expired, every minute. Matching already ignores a
 * person from the instant their consent expires (the index keeps each expiry), so the sweep's delay
 * never lets an expired consent be used; it removes the data. Each consent is erased in its own
 * transaction, so one audit outage delays, and never half-does, an erasure.
 */
@Singleton
public class ConsentExpirySweep {
  private static final Logger LOG = Logger.getLogger(ConsentExpirySweep.class.getName());

  @Inject ConsentRepository consents;
  @Inject ExpiredConsentEraser eraser;

  @Schedule(minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void sweep() {
    Instant now = Instant.now(Clock.systemUTC());
    for (Consent consent : consents.expiredWithTemplates(now)) {
      try {
        eraser.erase(consent.id());
      } catch (KithException e) {
        LOG.warning(
            "GAL-091 expired consent not erased yet, retried next minute: " + e.getMessage());
      }
    }
  }
}
