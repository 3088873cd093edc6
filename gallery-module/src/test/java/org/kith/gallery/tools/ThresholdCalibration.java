package org.kith.gallery.tools;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.kith.api.audit.FaceDecision;
import org.kith.api.recognition.EmbeddingModel;
import org.kith.api.recognition.FaceEmbedding;
import org.kith.gallery.domain.matching.IndexedTemplate;
import org.kith.gallery.domain.matching.MatchThresholds;
import org.kith.gallery.domain.matching.OpenSetMatch;
import org.kith.gallery.domain.matching.PatientGallery;
import org.kith.gallery.domain.matching.PersonScoring;
import org.kith.gallery.domain.matching.ProbeContext;
import org.kith.gallery.domain.matching.Ranking;

/**
 * Picks open-set thresholds for one embedding model from an enrolment set and a probe set (mated
 * probes show an enrolled identity, non-mated ones a stranger), following NIST's 1:N convention:
 * FPIR is the share of strangers answered KNOWN, FNIR the share of enrolled people not answered
 * KNOWN as themselves, both through the same {@link PatientGallery} and {@link OpenSetMatch} that
 * identify uses.
 *
 * <p>Adaptation (paper 001), and how it is compared fairly: each probe context gets an offset, the
 * difference between the high quantile of strangers' best scores in that context and in all
 * contexts; the accept threshold is then {@code base + offset(context)}. The base of the adaptive
 * rule and the single threshold of the global rule are each swept until the overall FPIR is at the
 * target, so the two are compared at equal false alarms, and the FNIRs show which rejects fewer
 * enrolled people.
 */
public final class ThresholdCalibration {
  /** The result for one rule: thresholds per context and what they achieve. */
  public record Result(
      String rule,
      Map<ProbeContext, MatchThresholds> thresholds,
      double fpir,
      double fnir,
      int strangers,
      int mated) {
    public String describe() {
      return String.format(
          Locale.ROOT,
          "%-26s FPIR %.5f (%d stranger trials)  FNIR %.4f (%d mated)  accept %s",
          rule,
          fpir,
          strangers,
          fnir,
          mated,
          thresholds);
    }
  }

  /** One probe asked of one patient's gallery: who it should be named as (null: nobody). */
  private record Trial(Sample probe, Long expectedPerson, Ranking ranking) {
    boolean stranger() {
      return expectedPerson == null;
    }
  }

  private final EmbeddingModel model;
  private final PersonScoring scoring;
  private final int galleries;
  private final List<Trial> trials = new ArrayList<>();

  /** Everyone enrolled in one gallery, as if a single patient knew every identity of the set. */
  public ThresholdCalibration(
      EmbeddingModel model, List<Sample> enrolment, List<Sample> probes, PersonScoring scoring) {
    this(model, enrolment, probes, scoring, 0);
  }

  /**
   * Patient-sized galleries: the enrolled identities are split, in a fixed shuffled order, into
   * galleries of {@code patientSize} people (0: one gallery of everyone). A real patient knows a
   * handful of people, and a stranger's best score against ten people is lower than against
   * hundreds, so thresholds set on one huge gallery reject far more family than they need to. Every
   * probe is asked of every gallery: of its own identity's as a mated trial, of all others as a
   * stranger to that patient, which also gives the fine FPIR resolution 1e-3 needs.
   */
  public ThresholdCalibration(
      EmbeddingModel model,
      List<Sample> enrolment,
      List<Sample> probes,
      PersonScoring scoring,
      int patientSize) {
    this.model = model;
    this.scoring = scoring;
    List<String> identities = new ArrayList<>(new TreeSet<>(identitiesOf(enrolment)));
    Collections.shuffle(identities, new Random(20261123L));
    int size = patientSize <= 0 ? Math.max(1, identities.size()) : patientSize;
    Map<String, Integer> galleryOf = new HashMap<>();
    Map<String, Long> personIds = new HashMap<>();
    for (int i = 0; i < identities.size(); i++) {
      galleryOf.put(identities.get(i), i / size);
      personIds.put(identities.get(i), (long) i + 1);
    }
    this.galleries = (identities.size() + size - 1) / size;
    Instant now = Instant.now();
    for (int g = 0; g < galleries; g++) {
      List<IndexedTemplate> templates = new ArrayList<>();
      Map<Long, Optional<Instant>> consents = new HashMap<>();
      long templateId = 1;
      for (Sample s : enrolment) {
        if (galleryOf.get(s.identity()) == g) {
          long person = personIds.get(s.identity());
          templates.add(new IndexedTemplate(templateId++, person, model, s.embedding()));
          consents.put(person, Optional.empty());
        }
      }
      PatientGallery gallery = PatientGallery.of(g + 1, templates, consents);
      for (Sample p : probes) {
        boolean mated =
            p.identity() != null && Integer.valueOf(g).equals(galleryOf.get(p.identity()));
        Ranking ranking = gallery.rank(new FaceEmbedding(model, p.embedding()), now, scoring, 2);
        trials.add(new Trial(p, mated ? personIds.get(p.identity()) : null, ranking));
      }
    }
  }

  private static List<String> identitiesOf(List<Sample> enrolment) {
    return enrolment.stream().map(Sample::identity).distinct().toList();
  }

  /** How many patient galleries the enrolled identities were split into. */
  public int galleries() {
    return galleries;
  }

  public EmbeddingModel model() {
    return model;
  }

  public PersonScoring scoring() {
    return scoring;
  }

  /** One threshold for every context, at the target FPIR. */
  public Result global(double targetFpir, double margin) {
    Map<ProbeContext, Double> offsets = new EnumMap<>(ProbeContext.class);
    for (ProbeContext c : ProbeContext.values()) {
      offsets.put(c, 0.0);
    }
    return sweep("global", offsets, targetFpir, margin);
  }

  /** Thresholds offset per context by the strangers' score quantile there, at the target FPIR. */
  public Result adaptive(double targetFpir, double margin) {
    double quantile = 1 - Math.min(0.05, targetFpir * 10);
    double all = quantile(strangerScores(null), quantile);
    Map<ProbeContext, Double> offsets = new EnumMap<>(ProbeContext.class);
    for (ProbeContext c : ProbeContext.values()) {
      double[] scores = strangerScores(c);
      // Too few strangers in a context to say: no offset, the global rule applies there.
      offsets.put(c, scores.length < 20 ? 0.0 : quantile(scores, quantile) - all);
    }
    return sweep("adaptive (context offsets)", offsets, targetFpir, margin);
  }

  /** The reject threshold: the lowest score whose strangers' rate stays under {@code fpir}. */
  public double rejectThreshold(double fpir) {
    double[] scores = strangerScores(null);
    return quantile(scores, 1 - fpir);
  }

  private Result sweep(
      String rule, Map<ProbeContext, Double> offsets, double targetFpir, double margin) {
    double reject = rejectThreshold(Math.min(0.05, targetFpir * 10));
    double lo = -1;
    double hi = 1.5;
    for (int i = 0; i < 40; i++) {
      double mid = (lo + hi) / 2;
      if (rates(offsets, mid, margin)[0] <= targetFpir) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    double[] r = rates(offsets, hi, margin);
    Map<ProbeContext, MatchThresholds> thresholds = new EnumMap<>(ProbeContext.class);
    for (ProbeContext c : ProbeContext.values()) {
      double accept = round(hi + offsets.get(c));
      double uncertain = round(Math.min(accept, reject + offsets.get(c)));
      thresholds.put(c, new MatchThresholds(accept, uncertain, margin));
    }
    return new Result(rule, thresholds, r[0], r[1], (int) r[2], (int) r[3]);
  }

  /** FPIR, FNIR, stranger count, mated count at {@code base + offset(context)}. */
  private double[] rates(Map<ProbeContext, Double> offsets, double base, double margin) {
    int strangers = 0;
    int falseAlarms = 0;
    int mated = 0;
    int misses = 0;
    for (Trial trial : trials) {
      double accept = base + offsets.get(trial.probe().context());
      MatchThresholds t = new MatchThresholds(accept, Math.min(accept, -1), margin);
      OpenSetMatch match = OpenSetMatch.decide(trial.ranking(), t);
      boolean known = match.decision() == FaceDecision.KNOWN;
      if (trial.stranger()) {
        strangers++;
        falseAlarms += known ? 1 : 0;
      } else {
        mated++;
        boolean right =
            known && match.candidate().get().personId() == trial.expectedPerson().longValue();
        misses += right ? 0 : 1;
      }
    }
    return new double[] {
      strangers == 0 ? 0 : (double) falseAlarms / strangers,
      mated == 0 ? 0 : (double) misses / mated,
      strangers,
      mated
    };
  }

  private double[] strangerScores(ProbeContext context) {
    List<Double> scores = new ArrayList<>();
    for (Trial trial : trials) {
      if (trial.stranger() && (context == null || trial.probe().context() == context)) {
        trial.ranking().best().ifPresent(b -> scores.add(b.score()));
      }
    }
    return scores.stream().mapToDouble(Double::doubleValue).toArray();
  }

  static double quantile(double[] values, double q) {
    if (values.length == 0) {
      return 0;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
    return sorted[Math.max(0, index)];
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
