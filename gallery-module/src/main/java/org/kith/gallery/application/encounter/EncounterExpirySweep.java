package org.kith.gallery.application.encounter;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** Every five seconds, ends the encounters that no frame has reached within the idle timeout. */
@Singleton
@Startup
public class EncounterExpirySweep {
  @Inject Encounters encounters;

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  void sweep() {
    encounters.expireIdle(Instant.now(Clock.systemUTC()));
  }
}
