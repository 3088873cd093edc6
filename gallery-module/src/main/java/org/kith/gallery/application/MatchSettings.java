package org.kith.gallery.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kith.gallery.domain.matching.PersonScoring;
import org.kith.gallery.domain.matching.ThresholdTable;

/**
 * How identify matches: the versioned threshold table (the shipped one, or a clinic's own file from
 * {@code kith.gallery.match.thresholds-file}), how a person's score is formed, how many candidates
 * are ranked, and below which quality a probe face is not matched at all.
 */
@ApplicationScoped
public class MatchSettings {
  private static final Logger LOG = Logger.getLogger(MatchSettings.class.getName());
  static final String SHIPPED = "/org/kith/gallery/domain/matching/thresholds.properties";

  @Inject
  @ConfigProperty(name = "kith.gallery.match.thresholds-file")
  Optional<String> thresholdsFile;

  @Inject
  @ConfigProperty(name = "kith.gallery.match.person-score", defaultValue = "BEST")
  PersonScoring scoring;

  @Inject
  @ConfigProperty(name = "kith.gallery.match.top-k", defaultValue = "3")
  int topK;

  @Inject
  @ConfigProperty(name = "kith.gallery.identify.min-quality", defaultValue = "0.2")
  double minIdentifyQuality;

  private ThresholdTable table;

  @PostConstruct
  void load() {
    try (InputStream in =
        thresholdsFile.isPresent()
            ? Files.newInputStream(Path.of(thresholdsFile.get()))
            : MatchSettings.class.getResourceAsStream(SHIPPED)) {
      table = ThresholdTable.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("GAL-100 cannot read the threshold table", e);
    }
    LOG.info(
        () -> "GAL-101 threshold table version " + table.version() + ", person score " + scoring);
  }

  public ThresholdTable thresholds() {
    return table;
  }

  public PersonScoring scoring() {
    return scoring;
  }

  public int topK() {
    return Math.max(2, topK);
  }

  public double minIdentifyQuality() {
    return minIdentifyQuality;
  }
}
