package org.kith.gallery.domain;

import java.util.List;
import java.util.Optional;
import org.kith.api.tenancy.ClinicId;

/** Devices, always looked up within one clinic; by client id when a device calls. */
public interface DeviceRepository {
  Optional<Device> find(ClinicId clinic, long patientId, long deviceId);

  Optional<Device> findByClient(ClinicId clinic, String clientId);

  List<Device> list(ClinicId clinic, long patientId);

  void add(Device device);
}
