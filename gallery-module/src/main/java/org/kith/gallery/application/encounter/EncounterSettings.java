package org.kith.gallery.application.encounter;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kith.gallery.domain.encounter.TrackRules;
import org.kith.gallery.domain.encounter.TrackerSettings;

/** {@code kith.gallery.encounter.*}: how encounters are kept, tracked and decided. */
@ApplicationScoped
public class EncounterSettings {
  @Inject
  @ConfigProperty(name = "kith.gallery.encounter.idle-timeout", defaultValue = "PT30S")
  Duration idleTimeout;

  @Inject
  @ConfigProperty(name = "kith.gallery.encounter.track-absence", defaultValue = "PT2S")
  Duration trackAbsence;

  @Inject
  @ConfigProperty(name = "kith.gallery.encounter.detect-every", defaultValue = "5")
  int detectEvery;

  @Inject
  @ConfigProperty(name = "kith.gallery.encounter.reverify-every", defaultValue = "3")
  int reverifyEvery;

  @Inject
  @ConfigProperty(name = "kith.gallery.encounter.max-tracks", defaultValue = "10")
  int maxTracks;

  @Inject
  @ConfigProperty(name = "kith.gallery.encounter.max-per-device", defaultValue = "2")
  int maxPerDevice;

  @Inject
  @ConfigProperty(name = "kith.gallery.encounter.max-open", defaultValue = "2000")
  int maxOpen;

  @Inject
  @ConfigProperty(name = "kith.gallery.encounter.degraded-after", defaultValue = "3")
  int degradedAfter;

  @Inject
  @ConfigProperty(name = "kith.gallery.encounter.frame-wait", defaultValue = "PT10S")
  Duration frameWait;

  @Inject
  @ConfigProperty(name = "kith.gallery.encounter.min-frames", defaultValue = "3")
  int minFrames;

  @Inject
  @ConfigProperty(name = "kith.gallery.encounter.agreement", defaultValue = "0.6")
  double agreement;

  @Inject
  @ConfigProperty(name = "kith.gallery.encounter.stranger-frames", defaultValue = "5")
  int strangerFrames;

  @Inject
  @ConfigProperty(name = "kith.gallery.encounter.uncertain-frames", defaultValue = "8")
  int uncertainFrames;

  @Inject
  @ConfigProperty(name = "kith.gallery.encounter.window", defaultValue = "10")
  int window;

  @Inject
  @ConfigProperty(name = "kith.gallery.encounter.min-quality", defaultValue = "0.3")
  double minQuality;

  @Inject
  @ConfigProperty(name = "kith.gallery.encounter.max-yaw-degrees", defaultValue = "35")
  double maxYaw;

  @Inject
  @ConfigProperty(name = "kith.gallery.encounter.min-face-size", defaultValue = "16")
  double minFaceSize;

  private TrackerSettings tracker;

  @PostConstruct
  void build() {
    tracker =
        new TrackerSettings(
            trackAbsence,
            detectEvery,
            reverifyEvery,
            0.3,
            maxTracks,
            new TrackRules(
                minFrames,
                agreement,
                strangerFrames,
                uncertainFrames,
                window,
                2,
                minQuality,
                maxYaw,
                minFaceSize));
  }

  public TrackerSettings tracker() {
    return tracker;
  }

  public Duration idleTimeout() {
    return idleTimeout;
  }

  public int maxPerDevice() {
    return maxPerDevice;
  }

  public int maxOpen() {
    return maxOpen;
  }

  public int degradedAfter() {
    return degradedAfter;
  }

  public Duration frameWait() {
    return frameWait;
  }
}
