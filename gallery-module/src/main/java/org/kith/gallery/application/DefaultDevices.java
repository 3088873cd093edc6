package org.kith.gallery.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.kith.api.audit.AuditAction;
import org.kith.api.problem.NotFoundException;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.Device;
import org.kith.gallery.domain.DeviceIdentities;
import org.kith.gallery.domain.DeviceIdentities.DeviceCredentials;
import org.kith.gallery.domain.DeviceRepository;
import org.kith.gallery.domain.Patient;
import org.kith.gallery.domain.PatientRepository;

@Stateless
public class DefaultDevices implements Devices {
  @Inject PatientRepository patients;
  @Inject DeviceRepository devices;
  @Inject DeviceIdentities identities;
  @Inject GalleryAudit audit;

  @Override
  public Registration register(ClinicId clinic, long patientId, String label, String by) {
    Patient patient =
        patients
            .find(clinic, patientId)
            .orElseThrow(() -> new NotFoundException("patient", patientId));
    // The client is created before the row is written: if the provider refuses, nothing is stored.
    DeviceCredentials credentials = identities.create(clinic, patientId, label);
    Device device =
        new Device(patient, credentials.clientId(), label, by, Instant.now(Clock.systemUTC()));
    try {
      devices.add(device);
      audit.change(clinic, AuditAction.DEVICE_CREATED, patientId, "DEVICE", device.id());
    } catch (RuntimeException e) {
      // The transaction rolls back; the client made for it must not stay usable.
      identities.disable(credentials.clientId());
      throw e;
    }
    return new Registration(device, credentials);
  }

  @Override
  public Registration pair(ClinicId clinic, long patientId, String label, String by) {
    Registration registration = register(clinic, patientId, label, by);
    try {
      audit.change(
          clinic, AuditAction.DEVICE_PAIRING, patientId, "DEVICE", registration.device().id());
    } catch (RuntimeException e) {
      identities.disable(registration.credentials().clientId());
      throw e;
    }
    return registration;
  }

  @Override
  public List<Device> list(ClinicId clinic, long patientId) {
    patients.find(clinic, patientId).orElseThrow(() -> new NotFoundException("patient", patientId));
    return devices.list(clinic, patientId);
  }

  @Override
  public Device get(ClinicId clinic, long patientId, long deviceId) {
    return devices
        .find(clinic, patientId, deviceId)
        .orElseThrow(() -> new NotFoundException("device", deviceId));
  }

  @Override
  public Device revoke(ClinicId clinic, long patientId, long deviceId, String by) {
    Device device = get(clinic, patientId, deviceId);
    if (device.revoke(by, Instant.now(Clock.systemUTC()))) {
      audit.change(clinic, AuditAction.DEVICE_CHANGED, patientId, "DEVICE", deviceId);
      identities.disable(device.clientId());
    }
    return device;
  }
}
