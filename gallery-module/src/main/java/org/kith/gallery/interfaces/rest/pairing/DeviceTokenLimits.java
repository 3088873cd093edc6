package org.kith.gallery.interfaces.rest.pairing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kith.gallery.application.pairing.AttemptLimiter;

/** How many token exchanges one address may ask for a minute; shared by all requests. */
@ApplicationScoped
public class DeviceTokenLimits {
  @Inject
  @ConfigProperty(name = "kith.gallery.device-tokens.per-minute", defaultValue = "60")
  int perMinute;

  private AttemptLimiter limiter;

  synchronized boolean allow(String address) {
    if (limiter == null) {
      limiter = new AttemptLimiter(perMinute, Duration.ofMinutes(1), 10_000);
    }
    return limiter.tryAcquire(address, Clock.systemUTC().instant());
  }
}
