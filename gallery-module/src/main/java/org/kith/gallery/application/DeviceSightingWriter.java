package org.kith.gallery.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import org.kith.gallery.domain.DeviceRepository;

/** Writes one sighting in its own transaction, never in the identify's. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeviceSightingWriter {
  @Inject DeviceRepository devices;

  public boolean write(long deviceId, Instant at, Instant notBefore) {
    return devices.markSeen(deviceId, at, notBefore);
  }
}
