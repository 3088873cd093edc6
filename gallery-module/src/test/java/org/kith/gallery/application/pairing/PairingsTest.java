package org.kith.gallery.application.pairing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kith.api.audit.AuditAction;
import org.kith.api.audit.AuditEntry;
import org.kith.api.audit.AuditOutcome;
import org.kith.api.problem.CommonErrors;
import org.kith.api.problem.ErrorCode;
import org.kith.api.problem.KithException;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.application.Devices;
import org.kith.gallery.application.Entities;
import org.kith.gallery.application.GalleryErrors;
import org.kith.gallery.application.RecordingAudit;
import org.kith.gallery.domain.Device;
import org.kith.gallery.domain.DeviceIdentities.DeviceCredentials;
import org.kith.gallery.domain.Patient;

class PairingsTest {
  private static final ClinicId CLINIC = new ClinicId("demo-clinic");
  private Instant now = Instant.parse("2026-01-01T10:00:00Z");
  private final List<AuditEntry> audited = new ArrayList<>();
  private final List<String> paired = new ArrayList<>();
  private boolean identityDown;
  private Pairings pairings;

  @BeforeEach
  void setUp() {
    pairings = new Pairings();
    pairings.lifetime = Duration.ofMinutes(10);
    pairings.interval = Duration.ofSeconds(2);
    pairings.startsPerMinute = 3;
    pairings.maxWaiting = 100;
    pairings.confirmationsPerMinute = 4;
    pairings.clock =
        new Clock() {
          @Override
          public Instant instant() {
            return now;
          }

          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }
        };
    pairings.audit = RecordingAudit.into(audited);
    pairings.devices = new FakeDevices();
  }

  @Test
  void aConfirmedPairingIsCollectedOnceWithItsCredential() {
    Pairings.Started started = pairings.start("10.0.0.9");
    assertCode(GalleryErrors.PAIRING_PENDING, () -> pairings.claim(started.deviceCode()));

    now = now.plusSeconds(2);
    Devices.Registration registration =
        pairings.confirm(CLINIC, 7, started.userCode().toLowerCase(), "Phone", "clin-sub");
    assertEquals(List.of("7/Phone"), paired);

    now = now.plusSeconds(2);
    Devices.Registration collected = pairings.claim(started.deviceCode());
    assertEquals(registration.credentials(), collected.credentials());
    now = now.plusSeconds(2);
    assertCode(GalleryErrors.PAIRING_EXPIRED, () -> pairings.claim(started.deviceCode()));
    assertCode(
        GalleryErrors.PAIRING_CODE_INVALID,
        () -> pairings.confirm(CLINIC, 7, started.userCode(), "Again", "clin-sub"));
    assertEquals(1, paired.size(), "a code pairs once");
  }

  @Test
  void aWrongOrExpiredCodeIsRefusedAndAudited() {
    Pairings.Started started = pairings.start("10.0.0.9");
    assertCode(
        GalleryErrors.PAIRING_CODE_INVALID,
        () -> pairings.confirm(CLINIC, 7, "BBBB-BBBB", null, "clin-sub"));
    AuditEntry refused = audited.get(audited.size() - 1);
    assertEquals(AuditAction.DEVICE_PAIRING, refused.action());
    assertEquals(AuditOutcome.FAILURE, refused.outcome());
    assertEquals("7", refused.patientRef());

    now = now.plus(Duration.ofMinutes(10));
    assertCode(
        GalleryErrors.PAIRING_CODE_INVALID,
        () -> pairings.confirm(CLINIC, 7, started.userCode(), null, "clin-sub"));
    assertCode(GalleryErrors.PAIRING_EXPIRED, () -> pairings.claim(started.deviceCode()));
    assertTrue(paired.isEmpty());
  }

  @Test
  void startsAreLimitedPerAddress() {
    for (int i = 0; i < 3; i++) {
      pairings.start("10.0.0.9");
    }
    assertCode(GalleryErrors.PAIRING_RATE_LIMITED, () -> pairings.start("10.0.0.9"));
    Pairings.Started other = pairings.start("10.0.0.10");
    assertTrue(other.userCode().length() == 9, "another address may still start");
  }

  @Test
  void pollingFasterThanTheIntervalIsToldToSlowDown() {
    Pairings.Started started = pairings.start("10.0.0.9");
    assertCode(GalleryErrors.PAIRING_PENDING, () -> pairings.claim(started.deviceCode()));
    assertCode(GalleryErrors.PAIRING_SLOW_DOWN, () -> pairings.claim(started.deviceCode()));
    now = now.plusSeconds(1);
    assertCode(GalleryErrors.PAIRING_PENDING, () -> pairings.claim(started.deviceCode()));
  }

  @Test
  void guessingCodesIsLimitedPerClinician() {
    for (int i = 0; i < 4; i++) {
      assertCode(
          GalleryErrors.PAIRING_CODE_INVALID,
          () -> pairings.confirm(CLINIC, 7, "BBBB-BBBB", null, "clin-sub"));
    }
    Pairings.Started started = pairings.start("10.0.0.9");
    assertCode(
        GalleryErrors.PAIRING_RATE_LIMITED,
        () -> pairings.confirm(CLINIC, 7, started.userCode(), null, "clin-sub"));
    pairings.confirm(CLINIC, 7, started.userCode(), null, "another-clinician");
    assertEquals(List.of("7/Companion"), paired, "a device without a label is the Companion");
  }

  @Test
  void aCodeStaysUsableWhenPairingFailed() {
    Pairings.Started started = pairings.start("10.0.0.9");
    identityDown = true;
    assertCode(
        CommonErrors.SERVICE_UNAVAILABLE,
        () -> pairings.confirm(CLINIC, 7, started.userCode(), null, "clin-sub"));
    identityDown = false;
    pairings.confirm(CLINIC, 7, started.userCode(), null, "clin-sub");
    assertEquals(1, paired.size());
  }

  private static void assertCode(ErrorCode expected, Runnable call) {
    KithException e = assertThrows(KithException.class, call::run);
    assertEquals(expected, e.errorCode(), e::getMessage);
  }

  private final class FakeDevices implements Devices {
    @Override
    public Registration register(ClinicId clinic, long patientId, String label, String by) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Registration pair(ClinicId clinic, long patientId, String label, String by) {
      if (identityDown) {
        throw new KithException(CommonErrors.SERVICE_UNAVAILABLE, "down");
      }
      paired.add(patientId + "/" + label);
      Device device =
          new Device(
              Entities.withId(new Patient(clinic, "P-" + patientId, by, now), patientId),
              "kith-device-x",
              label,
              by,
              now);
      return new Registration(device, new DeviceCredentials("kith-device-x", "s3cret"));
    }

    @Override
    public List<Device> list(ClinicId clinic, long patientId) {
      return List.of();
    }

    @Override
    public Device get(ClinicId clinic, long patientId, long deviceId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Device revoke(ClinicId clinic, long patientId, long deviceId, String by) {
      throw new UnsupportedOperationException();
    }
  }
}
