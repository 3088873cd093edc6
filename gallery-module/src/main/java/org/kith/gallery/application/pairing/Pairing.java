package org.kith.gallery.application.pairing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.kith.gallery.application.Devices.Registration;

/**
 * One phone waiting to be paired. The device code is the phone's secret, sent only in request
 * bodies; the user code is what the phone shows and the clinician types. Once confirmed it holds
 * the new device's credentials until the phone collects them, once.
 */
final class Pairing {
  final String deviceCode;
  final String userCode;
  final Instant expiresAt;
  private Instant lastPoll;
  private Registration registration;

  Pairing(String deviceCode, String userCode, Instant expiresAt) {
    this.deviceCode = deviceCode;
    this.userCode = userCode;
    this.expiresAt = expiresAt;
  }

  boolean expired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /**
   * Whether a poll now keeps to the interval. Half the interval is tolerated, since a phone's timer
   * and the network are not exact.
   */
  synchronized boolean pollAllowed(Instant now, Duration interval) {
    boolean allowed = lastPoll == null || !now.isBefore(lastPoll.plus(interval.dividedBy(2)));
    if (allowed) {
      lastPoll = now;
    }
    return allowed;
  }

  synchronized void confirmed(Registration registration) {
    this.registration = registration;
  }

  synchronized Optional<Registration> registration() {
    return Optional.ofNullable(registration);
  }
}
