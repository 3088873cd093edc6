package org.kith.audit.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kith.api.tenancy.ClinicId;
import org.kith.audit.domain.AuditStore;
import org.kith.audit.domain.ChainHead;
import org.kith.audit.domain.Checkpoint;

/**
 * Publishes each clinic's chain head at a fixed interval ({@code kith.audit.checkpoint.interval},
 * ISO-8601 duration) so that the clinic can anchor it outside Kith: a chain later rewritten from
 * the start would no longer contain an anchored hash.
 */
@Singleton
@Startup
@DependsOn("AuditSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Checkpoints {
  private static final Logger LOG = Logger.getLogger(Checkpoints.class.getName());

  @Inject AuditStore store;
  // Not the EJB timer service: Payara Micro runs Kith without the data grid that service needs.
  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "kith.audit.checkpoint.interval", defaultValue = "PT15M")
  Duration interval;

  private ScheduledFuture<?> schedule;

  @PostConstruct
  void schedule() {
    long millis = interval.toMillis();
    schedule = scheduler.scheduleAtFixedRate(this::takeAll, millis, millis, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void cancel() {
    schedule.cancel(false);
  }

  void takeAll() {
    try {
      for (String clinic : store.clinicsWithUncheckpointedRecords()) {
        take(new ClinicId(clinic));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "AUD-030 audit checkpoints could not be taken", e);
    }
  }

  /** Takes a checkpoint of the clinic's current head unless it is already the latest. */
  public Optional<Checkpoint> take(ClinicId clinic) {
    ChainHead head = store.head(clinic.value());
    if (head.sequence() == 0) {
      return Optional.empty();
    }
    Optional<Checkpoint> latest = store.latestCheckpoint(clinic.value());
    if (latest.isPresent() && latest.get().sequence() == head.sequence()) {
      return latest;
    }
    Checkpoint checkpoint =
        new Checkpoint(clinic.value(), head.sequence(), head.hash(), Instant.now());
    store.saveCheckpoint(checkpoint);
    return Optional.of(checkpoint);
  }

  public List<Checkpoint> list(ClinicId clinic, int offset, int limit) {
    return store.checkpoints(clinic.value(), offset, limit);
  }
}
