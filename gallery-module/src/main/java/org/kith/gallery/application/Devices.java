package org.kith.gallery.application;

import java.util.List;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.Device;
import org.kith.gallery.domain.DeviceIdentities.DeviceCredentials;

/** Registering and revoking a patient's assistive devices. */
public interface Devices {
  /** A registered device and its credentials, which are shown this once and never stored. */
  record Registration(Device device, DeviceCredentials credentials) {}

  Registration register(ClinicId clinic, long patientId, String label, String by);

  /**
   * Registers a device as {@link #register} does, for a phone that was paired by code: the pairing
   * is audited ({@code DEVICE_PAIRING}) in the same transaction.
   */
  Registration pair(ClinicId clinic, long patientId, String label, String by);

  List<Device> list(ClinicId clinic, long patientId);

  Device get(ClinicId clinic, long patientId, long deviceId);

  /** Revokes the device at once: its client is disabled and Kith refuses its calls from now on. */
  Device revoke(ClinicId clinic, long patientId, long deviceId, String by);
}
