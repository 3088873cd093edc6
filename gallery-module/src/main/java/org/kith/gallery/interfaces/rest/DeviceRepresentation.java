package org.kith.gallery.interfaces.rest;

import java.time.Instant;
import org.kith.gallery.domain.Device;

/** A device as listed: never with its secret. */
public record DeviceRepresentation(
    long id,
    long patientId,
    String clientId,
    String label,
    boolean active,
    Instant registeredAt,
    Instant revokedAt) {
  static DeviceRepresentation of(Device device) {
    return new DeviceRepresentation(
        device.id(),
        device.patientId(),
        device.clientId(),
        device.label(),
        device.isActive(),
        device.registeredAt(),
        device.revokedAt().orElse(null));
  }
}
