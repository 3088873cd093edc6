package org.kith.gallery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Records that a device called, for the clinic's device list. Off the hot path: the identify hands
 * the sighting over and goes on; the write, at most one a minute per device, runs asynchronously in
 * a transaction of its own ({@link DeviceSightingWriter}), and a failure is logged, never passed to
 * the device.
 */
@ApplicationScoped
public class DeviceSightings {
  static final Duration INTERVAL = Duration.ofSeconds(60);
  private static final Logger LOG = Logger.getLogger(DeviceSightings.class.getName());

  private final SightingThrottle throttle = new SightingThrottle(INTERVAL);

  @Inject DeviceSightingWriter writer;

  /** Called on every authenticated identify; never throws, cheap unless a write is due. */
  public void seen(long deviceId, Instant at) {
    if (!throttle.admit(deviceId, at)) {
      return;
    }
    try {
      writer.write(deviceId, at, at.minus(INTERVAL));
    } catch (RuntimeException e) {
      fail(deviceId, at, e);
    }
  }

  private void fail(long deviceId, Instant at, RuntimeException e) {
    throttle.forget(deviceId, at);
    LOG.warning("GAL-095 a device sighting was not recorded: " + e.getClass().getSimpleName());
  }
}
