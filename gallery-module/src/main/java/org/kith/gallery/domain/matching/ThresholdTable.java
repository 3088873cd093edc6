package org.kith.gallery.domain.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Versioned open-set thresholds per embedding model key ({@code id@version}) and probe context, as
 * the calibration tool writes them. A model without its own entries uses the {@code default} ones
 * and is reported as uncalibrated; entries for one context may be left out and then fall back to
 * the model's GOOD entries.
 *
 * <p>File format (properties): {@code version}, {@code context.poor-quality-below}, {@code
 * context.poor-pose-beyond-degrees}, and for each model key (or {@code default}) and context label
 * {@code <key>.<context>.accept|reject|margin}.
 */
public final class ThresholdTable {
  private final String version;
  private final double poorQualityBelow;
  private final double poorPoseBeyondDegrees;
  private final Map<String, String> entries;

  private ThresholdTable(Properties properties) {
    this.version = require(properties, "version");
    this.poorQualityBelow = Double.parseDouble(require(properties, "context.poor-quality-below"));
    this.poorPoseBeyondDegrees =
        Double.parseDouble(require(properties, "context.poor-pose-beyond-degrees"));
    Map<String, String> copy = new TreeMap<>();
    properties.stringPropertyNames().forEach(n -> copy.put(n, properties.getProperty(n)));
    this.entries = copy;
    thresholds("default", ProbeContext.GOOD);
  }

  public static ThresholdTable load(InputStream in) {
    Properties properties = new Properties();
    try (in) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the threshold table", e);
    }
    return new ThresholdTable(properties);
  }

  public static ThresholdTable of(Properties properties) {
    return new ThresholdTable(properties);
  }

  public String version() {
    return version;
  }

  public ProbeContext context(
      org.kith.api.recognition.FaceQuality quality, org.kith.api.recognition.HeadPose pose) {
    return ProbeContext.of(quality, pose, poorQualityBelow, poorPoseBeyondDegrees);
  }

  public boolean isCalibrated(String modelKey) {
    return entries.containsKey(modelKey + "." + ProbeContext.GOOD.label() + ".accept");
  }

  /** The thresholds for the model and context, falling back as the class comment says. */
  public MatchThresholds thresholds(String modelKey, ProbeContext context) {
    String key = isCalibrated(modelKey) ? modelKey : "default";
    return find(key, context)
        .or(() -> find(key, ProbeContext.GOOD))
        .orElseThrow(() -> new IllegalStateException("no thresholds for " + key));
  }

  /** The label under which a model's encounter (track-level) thresholds are kept. */
  public static final String ENCOUNTER = "encounter";

  /**
   * The thresholds a track's fused probe is decided with: {@code <key>.encounter.*}, calibrated for
   * false names per encounter; where a model has none, its good-probe thresholds.
   */
  public MatchThresholds encounter(String modelKey) {
    String key = isCalibrated(modelKey) ? modelKey : "default";
    return find(key, ENCOUNTER).orElseGet(() -> thresholds(modelKey, ProbeContext.GOOD));
  }

  private Optional<MatchThresholds> find(String key, ProbeContext context) {
    return find(key, context.label());
  }

  private Optional<MatchThresholds> find(String key, String label) {
    String prefix = key + "." + label + ".";
    String accept = entries.get(prefix + "accept");
    String reject = entries.get(prefix + "reject");
    String margin = entries.get(prefix + "margin");
    if (accept == null || reject == null || margin == null) {
      return Optional.empty();
    }
    return Optional.of(
        new MatchThresholds(
            Double.parseDouble(accept), Double.parseDouble(reject), Double.parseDouble(margin)));
  }

  private static String require(Properties properties, String name) {
    String value = properties.getProperty(name);
    if (value == null) {
      throw new IllegalArgumentException("the threshold table has no " + name);
    }
    return value;
  }
}
