package org.kith.gallery.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kith.api.tenancy.ClinicId;

/** Devices, always looked up within one clinic; by client id when a device calls. */
public interface DeviceRepository {
  Optional<Device> find(ClinicId clinic, long patientId, long deviceId);

  Optional<Device> findByClient(ClinicId clinic, String clientId);

  List<Device> list(ClinicId clinic, long patientId);

  void add(Device device);

  /** Deletes every device record of the patient; returns how many there were. */
  int removeAllOf(ClinicId clinic, long patientId);

  /**
   * Records that the device called at {@code at}, unless a sighting after {@code notBefore} is
   * already stored; returns whether a row changed. Needs a transaction of its own.
   */
  boolean markSeen(long deviceId, Instant at, Instant notBefore);
}
