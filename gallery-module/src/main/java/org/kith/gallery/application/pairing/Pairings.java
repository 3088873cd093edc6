package org.kith.gallery.application.pairing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kith.api.problem.KithException;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.application.Devices;
import org.kith.gallery.application.Devices.Registration;
import org.kith.gallery.application.GalleryAudit;
import org.kith.gallery.application.GalleryErrors;

/**
 * Pairings waiting for a clinician, held in this instance's memory only: a pairing lives minutes,
 * and the credential it carries once confirmed must not rest anywhere longer than it takes the
 * phone to collect it. Starting is open to anyone (the phone has no credential yet), so starts are
 * limited per address and in all; a clinician's confirmations are limited too, so that codes cannot
 * be guessed from a stolen session; every confirmation is audited.
 */
@ApplicationScoped
public class Pairings {
  /** What a phone is told when it starts pairing. */
  public record Started(String deviceCode, String userCode, Instant expiresAt, Duration interval) {}

  /** What a paired phone is called in the patient's device list when the clinician gave no name. */
  public static final String DEFAULT_LABEL = "Companion";

  @Inject Devices devices;
  @Inject GalleryAudit audit;

  @Inject
  @ConfigProperty(name = "kith.gallery.pairing.lifetime", defaultValue = "PT10M")
  Duration lifetime;

  @Inject
  @ConfigProperty(name = "kith.gallery.pairing.interval", defaultValue = "PT2S")
  Duration interval;

  @Inject
  @ConfigProperty(name = "kith.gallery.pairing.starts-per-minute", defaultValue = "10")
  int startsPerMinute;

  @Inject
  @ConfigProperty(name = "kith.gallery.pairing.max-waiting", defaultValue = "500")
  int maxWaiting;

  @Inject
  @ConfigProperty(name = "kith.gallery.pairing.confirmations-per-minute", defaultValue = "10")
  int confirmationsPerMinute;

  Clock clock = Clock.systemUTC();
  private final SecureRandom random = new SecureRandom();
  private final UserCodes userCodes = new UserCodes();
  private final Map<String, Pairing> byDeviceCode = new ConcurrentHashMap<>();
  private final Map<String, Pairing> byUserCode = new ConcurrentHashMap<>();
  private AttemptLimiter starts;
  private AttemptLimiter confirmations;

  private synchronized AttemptLimiter starts() {
    if (starts == null) {
      starts = new AttemptLimiter(startsPerMinute, Duration.ofMinutes(1), 10_000);
    }
    return starts;
  }

  private synchronized AttemptLimiter confirmations() {
    if (confirmations == null) {
      confirmations = new AttemptLimiter(confirmationsPerMinute, Duration.ofMinutes(1), 10_000);
    }
    return confirmations;
  }

  /** A new pairing for a phone at {@code address}. */
  public Started start(String address) {
    Instant now = clock.instant();
    forgetExpired(now);
    if (byDeviceCode.size() >= maxWaiting || !starts().tryAcquire(address, now)) {
      throw new KithException(
          GalleryErrors.PAIRING_RATE_LIMITED, "Too many pairings were started; wait a minute");
    }
    Pairing pairing;
    do {
      pairing = new Pairing(deviceCode(), userCodes.next(), now.plus(lifetime));
    } while (byUserCode.putIfAbsent(pairing.userCode, pairing) != null);
    byDeviceCode.put(pairing.deviceCode, pairing);
    return new Started(pairing.deviceCode, pairing.userCode, pairing.expiresAt, interval);
  }

  /**
   * Pairs the phone showing {@code typedCode} with the patient: a device is registered for them and
   * its credential waits for the phone. A code pairs once.
   */
  public Registration confirm(
      ClinicId clinic, long patientId, String typedCode, String label, String by) {
    Instant now = clock.instant();
    forgetExpired(now);
    if (!confirmations().tryAcquire(clinic.value() + "/" + by, now)) {
      audit.refusedPairing(clinic, patientId, "too many pairing codes entered");
      throw new KithException(
          GalleryErrors.PAIRING_RATE_LIMITED, "Too many pairing codes were entered; wait a minute");
    }
    Optional<String> code = UserCodes.normalise(typedCode);
    // Taken out of the waiting codes first, so two clinicians entering it at once pair it once.
    Pairing pairing = code.map(byUserCode::remove).orElse(null);
    if (pairing == null || pairing.expired(now)) {
      audit.refusedPairing(clinic, patientId, "unknown, used or expired code");
      throw new KithException(
          GalleryErrors.PAIRING_CODE_INVALID,
          "No phone is waiting with this code. Ask the Companion to show a new one.");
    }
    Registration registration;
    try {
      registration =
          devices.pair(
              clinic, patientId, label == null || label.isBlank() ? DEFAULT_LABEL : label, by);
    } catch (RuntimeException e) {
      // Nothing was paired (no such patient, the identity provider down): the code stays usable.
      byUserCode.put(pairing.userCode, pairing);
      throw e;
    }
    pairing.confirmed(registration);
    return registration;
  }

  /**
   * What the phone gets when it asks: the credential once the pairing is confirmed (and then the
   * pairing is gone), otherwise why not yet.
   */
  public Registration claim(String deviceCode) {
    Instant now = clock.instant();
    Pairing pairing = deviceCode == null ? null : byDeviceCode.get(deviceCode);
    if (pairing == null || pairing.expired(now)) {
      throw new KithException(
          GalleryErrors.PAIRING_EXPIRED, "This pairing is over; start a new one");
    }
    if (!pairing.pollAllowed(now, interval)) {
      throw new KithException(
          GalleryErrors.PAIRING_SLOW_DOWN, "Ask at most every " + interval.toSeconds() + " s");
    }
    Optional<Registration> registration = pairing.registration();
    if (registration.isEmpty()) {
      throw new KithException(
          GalleryErrors.PAIRING_PENDING, "Enter the code on the patient's page in Kith");
    }
    if (byDeviceCode.remove(deviceCode) == null) {
      throw new KithException(GalleryErrors.PAIRING_EXPIRED, "This pairing was already collected");
    }
    return registration.get();
  }

  private void forgetExpired(Instant now) {
    byDeviceCode.values().removeIf(p -> p.expired(now));
    byUserCode.values().removeIf(p -> p.expired(now));
  }

  private String deviceCode() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
