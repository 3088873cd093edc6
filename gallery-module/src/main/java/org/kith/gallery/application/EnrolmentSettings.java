package org.kith.gallery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kith.gallery.domain.EnrolmentLimits;

/** The enrolment limits from MicroProfile Config ({@code kith.gallery.enrol.*}). */
@ApplicationScoped
public class EnrolmentSettings {
  @Inject
  @ConfigProperty(name = "kith.gallery.enrol.min-quality", defaultValue = "0.5")
  double minQuality;

  @Inject
  @ConfigProperty(name = "kith.gallery.enrol.min-liveness", defaultValue = "0.2")
  double minLiveness;

  @Inject
  @ConfigProperty(name = "kith.gallery.enrol.max-yaw-degrees", defaultValue = "25")
  double maxYaw;

  @Inject
  @ConfigProperty(name = "kith.gallery.enrol.max-pitch-degrees", defaultValue = "25")
  double maxPitch;

  @Inject
  @ConfigProperty(name = "kith.gallery.enrol.min-brightness", defaultValue = "0.2")
  double minBrightness;

  @Inject
  @ConfigProperty(name = "kith.gallery.enrol.max-brightness", defaultValue = "0.9")
  double maxBrightness;

  @Inject
  @ConfigProperty(name = "kith.gallery.enrol.min-contrast", defaultValue = "0.05")
  double minContrast;

  @Inject
  @ConfigProperty(name = "kith.gallery.enrol.min-sharpness", defaultValue = "0.05")
  double minSharpness;

  @Inject
  @ConfigProperty(name = "kith.gallery.enrol.min-face-size", defaultValue = "15")
  double minFaceSize;

  @Inject
  @ConfigProperty(name = "kith.gallery.enrol.max-occlusion", defaultValue = "0.4")
  double maxOcclusion;

  @Inject
  @ConfigProperty(name = "kith.gallery.enrol.second-face-area-ratio", defaultValue = "0.25")
  double secondFaceAreaRatio;

  public EnrolmentLimits limits() {
    return new EnrolmentLimits(
        minQuality,
        minLiveness,
        maxYaw,
        maxPitch,
        minBrightness,
        maxBrightness,
        minContrast,
        minSharpness,
        minFaceSize,
        maxOcclusion,
        secondFaceAreaRatio);
  }
}
