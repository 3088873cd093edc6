package org.kith.gallery.interfaces.rest;

import java.time.Duration;
import java.time.Instant;
import org.kith.gallery.domain.Device;

/**
 * A device as listed: never with its secret. {@code lastSeenAt} is its last authenticated identify
 * (null: never; recorded at most once a minute), {@code online} whether it is active and was seen
 * within the configured window.
 */
public record DeviceRepresentation(
    long id,
    long patientId,
    String clientId,
    String label,
    boolean active,
    Instant registeredAt,
    Instant revokedAt,
    Instant lastSeenAt,
    boolean online) {
  public static DeviceRepresentation of(Device device, Instant now, Duration onlineWindow) {
    return new DeviceRepresentation(
        device.id(),
        device.patientId(),
        device.clientId(),
        device.label(),
        device.isActive(),
        device.registeredAt(),
        device.revokedAt().orElse(null),
        device.lastSeenAt().orElse(null),
        device.isOnlineAt(now, onlineWindow));
  }
}
