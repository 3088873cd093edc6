package org.kith.gallery.application.encounter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.application.Actor;
import org.kith.gallery.domain.encounter.Announcements;
import org.kith.gallery.domain.encounter.EncounterTracker;
import org.kith.gallery.domain.encounter.TrackerSettings;

/**
 * One open encounter: whose it is, its tracks, the events not yet given to the device, and its
 * counts for the closing audit record. Lives in memory only; the gate lets one frame at a time at
 * the tracker, and the events list is guarded by the encounter itself.
 */
final class Encounter {
  private final String id;
  private final ClinicId clinic;
  private final long patientId;
  private final String deviceClientId;
  private final long deviceId;
  private final Actor actor;
  private final Instant opened;
  private final EncounterTracker tracker;
  private final Announcements announcements = new Announcements();
  private final FrameGate gate = new FrameGate();
  private final List<EncounterEvent> pending = new ArrayList<>();
  private volatile Instant lastActivity;
  private Instant streamClock;
  private long received;
  private long processed;
  private long dropped;
  private long failed;
  private long decisions;
  private int failuresInRow;
  private boolean degraded;
  private boolean closed;

  Encounter(
      String id,
      ClinicId clinic,
      long patientId,
      String deviceClientId,
      long deviceId,
      Actor actor,
      Instant opened,
      TrackerSettings settings) {
    this.id = id;
    this.clinic = clinic;
    this.patientId = patientId;
    this.deviceClientId = deviceClientId;
    this.deviceId = deviceId;
    this.actor = actor;
    this.opened = opened;
    this.lastActivity = opened;
    this.tracker = new EncounterTracker(settings);
  }

  String id() {
    return id;
  }

  ClinicId clinic() {
    return clinic;
  }

  long patientId() {
    return patientId;
  }

  String deviceClientId() {
    return deviceClientId;
  }

  long deviceId() {
    return deviceId;
  }

  Actor actor() {
    return actor;
  }

  Instant opened() {
    return opened;
  }

  EncounterTracker tracker() {
    return tracker;
  }

  Announcements announcements() {
    return announcements;
  }

  FrameGate gate() {
    return gate;
  }

  Instant lastActivity() {
    return lastActivity;
  }

  void touch(Instant now) {
    lastActivity = now;
  }

  /**
   * The stream's own time for a frame: the device's capture time where it sent one, never going
   * backwards, else the server's clock. Tracks' absences and cool-downs are measured in it, so a
   * frame that spent a while on a slow network is placed when it was seen, not when it arrived.
   */
  synchronized Instant clock(Instant captured, Instant now) {
    Instant at = captured == null ? now : captured;
    if (streamClock != null && at.isBefore(streamClock)) {
      at = streamClock;
    }
    streamClock = at;
    return at;
  }

  synchronized Instant streamClock(Instant now) {
    return streamClock == null ? now : streamClock;
  }

  synchronized void add(EncounterEvent event) {
    pending.add(event);
  }

  synchronized List<EncounterEvent> drain() {
    List<EncounterEvent> out = List.copyOf(pending);
    pending.clear();
    return out;
  }

  synchronized void received() {
    received++;
  }

  synchronized void dropped() {
    dropped++;
  }

  synchronized void decided() {
    decisions++;
  }

  /** A frame analysed; true if that ends a degraded spell. */
  synchronized boolean processed() {
    processed++;
    failuresInRow = 0;
    boolean recovered = degraded;
    degraded = false;
    return recovered;
  }

  /** A frame that could not be analysed; true when that makes the encounter degraded. */
  synchronized boolean failed(int degradedAfter) {
    failed++;
    failuresInRow++;
    if (!degraded && failuresInRow >= degradedAfter) {
      degraded = true;
      return true;
    }
    return false;
  }

  /** Marks it closed; false if it already was. */
  synchronized boolean close() {
    if (closed) {
      return false;
    }
    closed = true;
    return true;
  }

  synchronized boolean isClosed() {
    return closed;
  }

  /** The counts the closing audit record carries. */
  synchronized String counts() {
    return "frames="
        + received
        + " processed="
        + processed
        + " dropped="
        + dropped
        + " failed="
        + failed
        + " decisions="
        + decisions;
  }

  synchronized long receivedCount() {
    return received;
  }
}
