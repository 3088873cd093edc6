package org.kith.gallery.tools;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kith.api.audit.FaceDecision;
import org.kith.api.recognition.AnalyzedFace;
import org.kith.api.recognition.EmbeddingModel;
import org.kith.api.recognition.FaceAnalysis;
import org.kith.api.recognition.FaceBox;
import org.kith.api.recognition.FaceEmbedding;
import org.kith.api.recognition.FaceHint;
import org.kith.api.recognition.FaceHints;
import org.kith.api.recognition.FaceQuality;
import org.kith.api.recognition.HeadPose;
import org.kith.api.recognition.Point;
import org.kith.gallery.domain.encounter.EncounterTracker;
import org.kith.gallery.domain.encounter.Proposal;
import org.kith.gallery.domain.encounter.TrackMatcher;
import org.kith.gallery.domain.encounter.TrackerSettings;
import org.kith.gallery.domain.matching.IndexedTemplate;
import org.kith.gallery.domain.matching.MatchThresholds;
import org.kith.gallery.domain.matching.OpenSetMatch;
import org.kith.gallery.domain.matching.PatientGallery;
import org.kith.gallery.domain.matching.PersonScoring;
import org.kith.gallery.domain.matching.ProbeContext;
import org.kith.gallery.domain.matching.Ranking;
import org.kith.gallery.domain.matching.ThresholdTable;

/**
 * Encounter-level rates on faces-dev at the shipped thresholds: every probe's camera sequence
 * ({@code EncounterFrameFiles}) played through the real {@link EncounterTracker} against
 * patient-sized galleries (the enrolled identities split into galleries of ten, as {@code
 * CalibrateThresholds} does), mated in its own gallery and a stranger in every other. Beside it,
 * single-photo identify on the same frames: each frame decided alone at the same thresholds.
 *
 * <pre>
 * java … org.kith.gallery.EncounterFrameFiles ../shared/data/faces-dev /tmp/frames 8
 * ./kith recognize analyze $(jq -r '.gallery[] | "../shared/data/faces-dev/" + .file' ident.json) \
 *     $(find /tmp/frames -name '*.jpg' | sort) > /tmp/encounter-analyses.jsonl
 * java … org.kith.gallery.tools.EncounterTrials /tmp/encounter-analyses.jsonl ident.json facerec-dlib@1.7.15 10
 * </pre>
 *
 * The frames of one sequence were each analysed by the full pipeline; where the tracker asks to
 * follow faces, each hint is given the analysed face that overlaps it most (what {@code
 * FaceRecognition.follow}'s portable form does; the server's own follows with the landmark model on
 * the predicted crop, whose embeddings agree with a fresh detection's to a cosine above 0.97).
 */
public final class EncounterTrials {
  private static final Pattern FRAME = Pattern.compile("(.*)/f(\\d+)\\.jpg$");
  private static final long FRAME_MILLIS = 200;

  private EncounterTrials() {}

  record Outcome(FaceDecision decision, Long person, int frames) {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println(
          "usage: EncounterTrials analyses.jsonl ident.json id@version [patient-size]");
      System.exit(2);
    }
    String[] key = args[2].split("@");
    int patientSize = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    ThresholdTable table;
    try (InputStream in =
        EncounterTrials.class.getResourceAsStream(
            "/org/kith/gallery/domain/matching/thresholds.properties")) {
      table = ThresholdTable.load(in);
    }
    Map<String, String> galleryIdentity = new HashMap<>();
    Map<String, String> probeIdentity = new HashMap<>();
    try (JsonReader reader = Json.createReader(Files.newBufferedReader(Path.of(args[1])))) {
      JsonObject set = reader.readObject();
      for (JsonValue v : set.getJsonArray("gallery")) {
        galleryIdentity.put(
            v.asJsonObject().getString("file"), v.asJsonObject().getString("identity"));
      }
      for (JsonValue v : set.getJsonArray("probes")) {
        JsonObject e = v.asJsonObject();
        probeIdentity.put(
            e.getString("file").replaceAll("\\.jpg$", ""),
            e.isNull("identity") ? null : e.getString("identity"));
      }
    }
    Map<String, List<float[]>> enrolment = new TreeMap<>();
    Map<String, TreeMap<Integer, FaceAnalysis>> sequences = new TreeMap<>();
    int dimension = 0;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.startsWith("{")) {
          continue;
        }
        JsonObject a = Json.createReader(new StringReader(line)).readObject();
        String file = a.getString("file");
        Matcher m = FRAME.matcher(file);
        String relative = null;
        for (String g : galleryIdentity.keySet()) {
          if (file.endsWith("/" + g)) {
            relative = g;
            break;
          }
        }
        FaceAnalysis analysis = analysis(a, key);
        if (relative != null) {
          if (!analysis.faces().isEmpty() && analysis.faces().get(0).embedding() != null) {
            float[] v = analysis.faces().get(0).embedding().vector();
            dimension = v.length;
            enrolment.computeIfAbsent(galleryIdentity.get(relative), k -> new ArrayList<>()).add(v);
          }
        } else if (m.matches()) {
          String seq = m.group(1);
          String probe =
              probeIdentity.keySet().stream().filter(seq::endsWith).findFirst().orElse(null);
          if (probe != null) {
            sequences
                .computeIfAbsent(probe, k -> new TreeMap<>())
                .put(Integer.parseInt(m.group(2)), analysis);
          }
        }
      }
    }
    EmbeddingModel model = new EmbeddingModel(key[0], key[1], dimension);
    List<String> identities = new ArrayList<>(new TreeSet<>(enrolment.keySet()));
    Collections.shuffle(identities, new Random(20261123L));
    Map<String, Integer> galleryOf = new HashMap<>();
    Map<String, Long> personOf = new HashMap<>();
    for (int i = 0; i < identities.size(); i++) {
      galleryOf.put(identities.get(i), i / patientSize);
      personOf.put(identities.get(i), (long) i + 1);
    }
    int galleries = (identities.size() + patientSize - 1) / patientSize;
    List<PatientGallery> patients = new ArrayList<>();
    for (int g = 0; g < galleries; g++) {
      List<IndexedTemplate> templates = new ArrayList<>();
      Map<Long, Optional<Instant>> consents = new HashMap<>();
      long templateId = 1;
      for (Map.Entry<String, List<float[]>> e : enrolment.entrySet()) {
        if (galleryOf.get(e.getKey()) == g) {
          long person = personOf.get(e.getKey());
          for (float[] v : e.getValue()) {
            templates.add(new IndexedTemplate(templateId++, person, model, v));
          }
          consents.put(person, Optional.empty());
        }
      }
      patients.add(PatientGallery.of(g + 1, templates, consents));
    }
    MatchThresholds shipped = table.encounter(model.key());
    MatchThresholds single = table.thresholds(model.key(), ProbeContext.GOOD);
    System.out.printf(
        Locale.ROOT,
        "ENC-TRIALS %s, thresholds %s, %d galleries of %d, %d sequences of up to %d frames%n",
        model.key(),
        table.version(),
        galleries,
        patientSize,
        sequences.size(),
        sequences.values().stream().mapToInt(Map::size).max().orElse(0));
    Rates at = measure(patients, sequences, probeIdentity, galleryOf, personOf, shipped, single);
    System.out.println("ENC-TRIALS at the shipped encounter thresholds " + shipped);
    at.print();
    double target = args.length > 4 ? Double.parseDouble(args[4]) : 1e-4;
    System.out.printf(
        Locale.ROOT,
        "ENC-TRIALS sweep of the accept threshold (reject and margin kept), target %.0e false names"
            + " per stranger encounter:%n",
        target);
    MatchThresholds chosen = null;
    for (double offset = -0.03; offset <= 0.0301; offset += 0.005) {
      MatchThresholds t =
          new MatchThresholds(
              shipped.accept() + offset,
              Math.min(shipped.reject(), shipped.accept() + offset),
              shipped.margin());
      Rates r = measure(patients, sequences, probeIdentity, galleryOf, personOf, t, single);
      System.out.printf(
          Locale.ROOT,
          "ENC-TRIALS   accept %.4f: confirmed right %.2f %%, wrongly %d, strangers named %d of %d"
              + " (%.1e)%n",
          t.accept(),
          r.rightShare() * 100,
          r.wrong,
          r.strangersNamed,
          r.strangerTrials,
          r.strangersNamed / (double) Math.max(1, r.strangerTrials));
      // The upper bound of the false-name rate, not the count alone: zero in n trials still
      // allows about 3/n (the rule of three).
      double upper = (r.strangersNamed + 3.0) / Math.max(1, r.strangerTrials);
      if (chosen == null && r.wrong == 0 && upper <= Math.max(target, 3.0 / r.strangerTrials)) {
        chosen = t;
      }
    }
    if (chosen != null) {
      System.out.printf(
          Locale.ROOT,
          "ENC-TRIALS lowest accept meeting the target: %s.%s.accept=%.4f%n",
          model.key(),
          ThresholdTable.ENCOUNTER,
          chosen.accept());
    }
  }

  /** Encounter and single-frame counts over every sequence asked of every patient gallery. */
  static final class Rates {
    int mated;
    int right;
    int wrong;
    int uncertainMated;
    int strangerTrials;
    int strangersNamed;
    int strangersUncertain;
    int strangersConfirmed;
    final List<Integer> framesToConfirm = new ArrayList<>();
    long frameTrialsMated;
    long framesNamedRight;
    long framesNamedWrong;
    long frameTrialsStranger;
    long framesStrangerNamed;
    int matedAnyFrameRight;
    int matedAnyFrameWrong;
    int strangerAnyFrameNamed;

    double rightShare() {
      return right / (double) Math.max(1, mated);
    }

    void print() {
      int[] f = framesToConfirm.stream().mapToInt(Integer::intValue).sorted().toArray();
      System.out.printf(
          Locale.ROOT,
          "ENC-TRIALS mated encounters %d: confirmed right %d (%.2f %%), wrongly %d, uncertain %d,"
              + " undecided %d%n",
          mated,
          right,
          100.0 * right / Math.max(1, mated),
          wrong,
          uncertainMated,
          mated - right - wrong - uncertainMated);
      System.out.printf(
          Locale.ROOT,
          "ENC-TRIALS frames until confirmation p50 %d, p95 %d (at 5 fps: %d / %d ms of capture)%n",
          pct(f, 50),
          pct(f, 95),
          pct(f, 50) * FRAME_MILLIS,
          pct(f, 95) * FRAME_MILLIS);
      System.out.printf(
          Locale.ROOT,
          "ENC-TRIALS stranger encounters %d: named %d (%.1e), uncertain %d, confirmed strangers"
              + " %d%n",
          strangerTrials,
          strangersNamed,
          strangersNamed / (double) Math.max(1, strangerTrials),
          strangersUncertain,
          strangersConfirmed);
      System.out.printf(
          Locale.ROOT,
          "ENC-TRIALS single-photo identify on the same frames: mated %d, named right %.2f %%,"
              + " wrongly %d; stranger frames %d, named %d (%.1e)%n",
          frameTrialsMated,
          100.0 * framesNamedRight / Math.max(1, frameTrialsMated),
          framesNamedWrong,
          frameTrialsStranger,
          framesStrangerNamed,
          framesStrangerNamed / (double) Math.max(1, frameTrialsStranger));
      System.out.printf(
          Locale.ROOT,
          "ENC-TRIALS identify on every frame of the same sequences: mated encounters named right in"
              + " some frame %d (%.2f %%), wrongly in some frame %d; stranger encounters named in some"
              + " frame %d (%.1e)%n",
          matedAnyFrameRight,
          100.0 * matedAnyFrameRight / Math.max(1, mated),
          matedAnyFrameWrong,
          strangerAnyFrameNamed,
          strangerAnyFrameNamed / (double) Math.max(1, strangerTrials));
    }
  }

  private static Rates measure(
      List<PatientGallery> patients,
      Map<String, TreeMap<Integer, FaceAnalysis>> sequences,
      Map<String, String> probeIdentity,
      Map<String, Integer> galleryOf,
      Map<String, Long> personOf,
      MatchThresholds thresholds,
      MatchThresholds single) {
    Rates r = new Rates();
    Instant now = Instant.now();
    for (int g = 0; g < patients.size(); g++) {
      PatientGallery gallery = patients.get(g);
      TrackMatcher matcher = matcher(gallery, now, thresholds);
      for (Map.Entry<String, TreeMap<Integer, FaceAnalysis>> seq : sequences.entrySet()) {
        String identity = probeIdentity.get(seq.getKey());
        boolean isMated = identity != null && Integer.valueOf(g).equals(galleryOf.get(identity));
        Outcome o = play(seq.getValue().values(), matcher);
        boolean anyRight = false;
        boolean anyWrong = false;
        for (FaceAnalysis frame : seq.getValue().values()) {
          if (frame.faces().isEmpty() || frame.faces().get(0).embedding() == null) {
            continue;
          }
          OpenSetMatch alone =
              OpenSetMatch.decide(matcher.rank(frame.faces().get(0).embedding()), single);
          boolean named = alone.decision() == FaceDecision.KNOWN;
          if (isMated) {
            r.frameTrialsMated++;
            if (named && alone.candidate().get().personId() == personOf.get(identity)) {
              r.framesNamedRight++;
              anyRight = true;
            } else if (named) {
              r.framesNamedWrong++;
              anyWrong = true;
            }
          } else {
            r.frameTrialsStranger++;
            r.framesStrangerNamed += named ? 1 : 0;
            anyWrong |= named;
          }
        }
        if (isMated) {
          r.matedAnyFrameRight += anyRight ? 1 : 0;
          r.matedAnyFrameWrong += anyWrong ? 1 : 0;
        } else {
          r.strangerAnyFrameNamed += anyWrong ? 1 : 0;
        }
        if (isMated) {
          r.mated++;
          if (o.decision() == FaceDecision.KNOWN && o.person() == (long) personOf.get(identity)) {
            r.right++;
            r.framesToConfirm.add(o.frames());
          } else if (o.decision() == FaceDecision.KNOWN) {
            r.wrong++;
          } else if (o.decision() == FaceDecision.UNCERTAIN) {
            r.uncertainMated++;
          }
        } else {
          r.strangerTrials++;
          if (o.decision() == FaceDecision.KNOWN) {
            r.strangersNamed++;
          } else if (o.decision() == FaceDecision.UNCERTAIN) {
            r.strangersUncertain++;
          } else if (o.decision() == FaceDecision.UNKNOWN) {
            r.strangersConfirmed++;
          }
        }
      }
    }
    return r;
  }

  private static int pct(int[] sorted, int p) {
    if (sorted.length == 0) {
      return -1;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  /** One encounter: the first decision any track reaches (the largest face's, in practice). */
  static Outcome play(Iterable<FaceAnalysis> frames, TrackMatcher matcher) {
    EncounterTracker tracker = new EncounterTracker(TrackerSettings.DEFAULTS);
    Instant at = Instant.parse("2026-12-01T10:00:00Z");
    int n = 0;
    Outcome uncertain = null;
    for (FaceAnalysis full : frames) {
      n++;
      at = at.plusMillis(FRAME_MILLIS);
      EncounterTracker.Plan plan = tracker.plan();
      FaceAnalysis given = plan.detect() ? full : followed(full, plan.follow());
      for (Proposal p : tracker.observe(given, plan, at, matcher)) {
        tracker.apply(p);
        FaceDecision d = p.decision().decision();
        if (d == FaceDecision.KNOWN) {
          return new Outcome(d, p.decision().candidate().get().personId(), n);
        }
        if (d == FaceDecision.UNKNOWN) {
          return new Outcome(d, null, n);
        }
        uncertain = new Outcome(d, null, n);
      }
    }
    return uncertain != null ? uncertain : new Outcome(null, null, n);
  }

  private static FaceAnalysis followed(FaceAnalysis full, List<FaceHint> hints) {
    List<AnalyzedFace> faces = new ArrayList<>();
    for (FaceHint hint : hints) {
      AnalyzedFace best = null;
      double overlap = 0.1;
      for (AnalyzedFace face : full.faces()) {
        double o = FaceHints.iou(face.box(), hint.box());
        if (o > overlap && !faces.contains(face)) {
          best = face;
          overlap = o;
        }
      }
      faces.add(best != null ? best : FaceHints.lost(hint));
    }
    return new FaceAnalysis(full.imageWidth(), full.imageHeight(), faces, full.millis());
  }

  private static TrackMatcher matcher(
      PatientGallery gallery, Instant now, MatchThresholds thresholds) {
    return new TrackMatcher() {
      @Override
      public Ranking rank(FaceEmbedding probe) {
        return gallery.rank(probe, now, PersonScoring.BEST, 3);
      }

      @Override
      public MatchThresholds thresholds(String modelKey) {
        return thresholds;
      }

      @Override
      public boolean canName(long personId) {
        return true;
      }
    };
  }

  private static FaceAnalysis analysis(JsonObject a, String[] key) {
    List<AnalyzedFace> faces = new ArrayList<>();
    JsonArray list = a.getJsonArray("faces");
    if (list != null) {
      for (JsonValue v : list) {
        JsonObject f = v.asJsonObject();
        JsonObject b = f.getJsonObject("box");
        JsonObject q = f.getJsonObject("quality");
        JsonObject p = f.getJsonObject("pose");
        List<Point> five = new ArrayList<>();
        for (JsonValue pt : f.getJsonArray("landmarks5")) {
          JsonArray xy = pt.asJsonArray();
          five.add(new Point(xy.getJsonNumber(0).doubleValue(), xy.getJsonNumber(1).doubleValue()));
        }
        FaceEmbedding embedding = null;
        JsonArray vector = f.getJsonArray("embedding");
        if (vector != null) {
          float[] e = new float[vector.size()];
          for (int i = 0; i < e.length; i++) {
            e[i] = (float) vector.getJsonNumber(i).doubleValue();
          }
          embedding = new FaceEmbedding(new EmbeddingModel(key[0], key[1], e.length), e);
        }
        faces.add(
            new AnalyzedFace(
                new FaceBox(num(b, "x"), num(b, "y"), num(b, "width"), num(b, "height")),
                num(f, "score"),
                five,
                List.of(),
                Map.of(),
                new HeadPose(num(p, "yaw"), num(p, "pitch"), num(p, "roll")),
                new FaceQuality(
                    num(q, "score"),
                    num(q, "brightness"),
                    num(q, "contrast"),
                    num(q, "sharpness"),
                    num(q, "faceSize"),
                    num(q, "occlusion"),
                    num(q, "detectionScore"),
                    num(q, "liveness")),
                embedding));
      }
    }
    return new FaceAnalysis(
        a.getInt("width", 0), a.getInt("height", 0), faces, new LinkedHashMap<>());
  }

  private static double num(JsonObject o, String name) {
    return o.getJsonNumber(name).doubleValue();
  }
}
