package org.kith.gallery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kith.api.problem.KithException;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.Device;
import org.kith.gallery.domain.DeviceRepository;

/**
 * The check every device call passes: the device must be registered, bound to the patient its token
 * names, and not revoked. Read on every call, so a revocation takes effect on the next one.
 */
@ApplicationScoped
public class ActiveDevices {
  @Inject DeviceRepository devices;

  /**
   * @throws KithException {@code DEVICE_UNKNOWN} or {@code DEVICE_REVOKED}
   */
  public Device require(ClinicId clinic, String clientId, long patientId) {
    Device device =
        devices
            .findByClient(clinic, clientId)
            .filter(d -> d.patientId() == patientId)
            .orElseThrow(
                () ->
                    new KithException(
                        GalleryErrors.DEVICE_UNKNOWN,
                        "the device is not registered for the patient its token names"));
    if (!device.isActive()) {
      throw new KithException(
          GalleryErrors.DEVICE_REVOKED, "device " + device.id() + " is revoked");
    }
    return device;
  }
}
