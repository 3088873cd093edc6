package org.kith.gallery.application;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;
import org.kith.gallery.domain.DeviceRepository;

/**
 * Writes one sighting on a thread and in a transaction of its own, never in the identify's.
 *
 * <p>An EJB asynchronous call rather than a task on a managed executor: such a task carries the
 * caller's invocation context along, and when it ended it closed the identify's non-transactional
 * entity managers while the identify was still reading with them.
 */
@Stateless
public class DeviceSightingWriter {
  private static final Logger LOG = Logger.getLogger(DeviceSightingWriter.class.getName());

  @Inject DeviceRepository devices;

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void write(long deviceId, Instant at, Instant notBefore) {
    try {
      devices.markSeen(deviceId, at, notBefore);
    } catch (RuntimeException e) {
      LOG.warning("GAL-095 a device sighting was not recorded: " + e.getClass().getSimpleName());
      throw e;
    }
  }
}
