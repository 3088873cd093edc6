package org.kith.gallery.domain;

import java.util.Optional;
import org.kith.api.tenancy.ClinicId;

/**
 * The identity provider's side of a device: a confidential client whose tokens carry the device
 * role, the clinic and the patient. Kith never stores the secret; it is shown once.
 */
public interface DeviceIdentities {
  /** Creates the client and returns its one-time credentials. */
  DeviceCredentials create(ClinicId clinic, long patientId, String label);

  /** Disables the client so it can obtain no further token. */
  void disable(String clientId);

  /**
   * An access token for the device's client (the client credentials grant); empty when the provider
   * refuses the credentials, as it does once the device is revoked.
   */
  Optional<DeviceToken> token(String clientId, String clientSecret);

  /** A device's access token and how many seconds it lives. */
  record DeviceToken(String accessToken, long expiresIn) {}

  /** A new client's id and secret, handed to the clinician once. */
  record DeviceCredentials(String clientId, String clientSecret) {}
}
