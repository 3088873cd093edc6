package org.kith.gallery.tools;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kith.api.recognition.EmbeddingModel;
import org.kith.api.recognition.FaceQuality;
import org.kith.api.recognition.HeadPose;
import org.kith.gallery.domain.matching.MatchThresholds;
import org.kith.gallery.domain.matching.PersonScoring;
import org.kith.gallery.domain.matching.ProbeContext;
import org.kith.gallery.domain.matching.ThresholdTable;

/**
 * Calibrates the shipped thresholds from faces-dev and prints them with the measurements behind
 * them.
 *
 * <pre>
 * # 1. analyse every faces-dev image with the recognition pipeline (JSON lines, one per image)
 * ./kith recognize analyze $(jq -r '.gallery[],.probes[] | .file' ident.json) > analyses.jsonl
 * # 2. calibrate (model key as the recognition module reports it: id@version)
 * java -cp gallery-module/target/test-classes:gallery-module/target/classes:... \
 *   org.kith.gallery.tools.CalibrateThresholds analyses.jsonl ../shared/data/faces-dev/ident.json \
 *   faceres@3.0.4 0.001 10
 * </pre>
 *
 * The last argument splits the enrolled identities into patient-sized galleries (see {@link
 * ThresholdCalibration}); without it every identity sits in one gallery.
 *
 * <p>Prints, for BEST and TOP2_MEAN person scores and several margins, the global and the
 * context-adapted rule at equal FPIR, then the properties lines for the best combination.
 */
public final class CalibrateThresholds {
  private CalibrateThresholds() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println(
          "usage: CalibrateThresholds analyses.jsonl ident.json id@version [fpir [patient-size]]");
      System.exit(2);
    }
    Path analyses = Path.of(args[0]);
    Path ident = Path.of(args[1]);
    String[] key = args[2].split("@");
    double target = args.length > 3 ? Double.parseDouble(args[3]) : 1e-3;
    int patientSize = args.length > 4 ? Integer.parseInt(args[4]) : 0;
    ThresholdTable table =
        ThresholdTable.load(
            CalibrateThresholds.class.getResourceAsStream(
                "/org/kith/gallery/domain/matching/thresholds.properties"));

    Map<String, JsonObject> byFile = new HashMap<>();
    int dimension = 0;
    try (BufferedReader in = Files.newBufferedReader(analyses)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.startsWith("{")) {
          continue;
        }
        JsonObject a = Json.createReader(new StringReader(line)).readObject();
        String file = a.getString("file");
        byFile.put(file.substring(file.indexOf("faces-dev/") + "faces-dev/".length()), a);
      }
    }
    List<Sample> enrolment = new ArrayList<>();
    List<Sample> probes = new ArrayList<>();
    int noFace = 0;
    try (JsonReader reader = Json.createReader(Files.newBufferedReader(ident))) {
      JsonObject set = reader.readObject();
      for (String part : List.of("gallery", "probes")) {
        for (JsonValue v : set.getJsonArray(part)) {
          JsonObject e = v.asJsonObject();
          JsonObject analysis = byFile.get(e.getString("file"));
          Sample s = analysis == null ? null : sample(e, analysis, table);
          if (s == null) {
            noFace++;
            continue;
          }
          dimension = s.embedding().length;
          (part.equals("gallery") ? enrolment : probes).add(s);
        }
      }
    }
    EmbeddingModel model = new EmbeddingModel(key[0], key[1], dimension);
    System.out.printf(
        Locale.ROOT,
        "faces-dev: %d enrolment samples, %d probes (%d strangers), %d images without a face%n",
        enrolment.size(),
        probes.size(),
        probes.stream().filter(p -> p.identity() == null).count(),
        noFace);
    Map<ProbeContext, Long> contexts = new HashMap<>();
    probes.forEach(p -> contexts.merge(p.context(), 1L, Long::sum));
    System.out.println("probe contexts: " + contexts);

    ThresholdCalibration.Result best = null;
    ThresholdCalibration.Result bestGlobal = null;
    PersonScoring bestScoring = null;
    for (PersonScoring scoring : PersonScoring.values()) {
      ThresholdCalibration calibration =
          new ThresholdCalibration(model, enrolment, probes, scoring, patientSize);
      if (scoring == PersonScoring.values()[0]) {
        System.out.printf(
            Locale.ROOT,
            "%d patient galleries of %s people; every probe asked of every gallery%n",
            calibration.galleries(),
            patientSize <= 0 ? "all" : Integer.toString(patientSize));
      }
      for (double margin : new double[] {0.0, 0.02, 0.04, 0.06, 0.08}) {
        ThresholdCalibration.Result global = calibration.global(target, margin);
        ThresholdCalibration.Result adaptive = calibration.adaptive(target, margin);
        System.out.printf(Locale.ROOT, "%-9s margin %.2f%n", scoring, margin);
        System.out.println("  " + global.describe());
        System.out.println("  " + adaptive.describe());
        if (best == null || adaptive.fnir() < best.fnir()) {
          best = adaptive;
          bestGlobal = global;
          bestScoring = scoring;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%nchosen: %s; at FPIR %.4f the adaptive rule misses %.4f of enrolled people, the global"
            + " rule %.4f (at FPIR %.4f)%n",
        bestScoring,
        best.fpir(),
        best.fnir(),
        bestGlobal.fnir(),
        bestGlobal.fpir());
    System.out.println("# thresholds.properties lines for " + model.key());
    for (Map.Entry<ProbeContext, MatchThresholds> e : best.thresholds().entrySet()) {
      String prefix = model.key() + "." + e.getKey().label() + ".";
      System.out.printf(Locale.ROOT, "%saccept=%.4f%n", prefix, e.getValue().accept());
      System.out.printf(Locale.ROOT, "%sreject=%.4f%n", prefix, e.getValue().reject());
      System.out.printf(Locale.ROOT, "%smargin=%.2f%n", prefix, e.getValue().margin());
    }
  }

  /** The largest face of the image, or null where none was found. */
  private static Sample sample(JsonObject entry, JsonObject analysis, ThresholdTable table) {
    JsonArray faces = analysis.getJsonArray("faces");
    if (faces == null || faces.isEmpty()) {
      return null;
    }
    JsonObject face = faces.getJsonObject(0);
    JsonArray vector = face.getJsonArray("embedding");
    if (vector == null) {
      return null;
    }
    float[] embedding = new float[vector.size()];
    for (int i = 0; i < embedding.length; i++) {
      embedding[i] = (float) vector.getJsonNumber(i).doubleValue();
    }
    JsonObject q = face.getJsonObject("quality");
    JsonObject p = face.getJsonObject("pose");
    FaceQuality quality =
        new FaceQuality(
            q.getJsonNumber("score").doubleValue(),
            q.getJsonNumber("brightness").doubleValue(),
            q.getJsonNumber("contrast").doubleValue(),
            q.getJsonNumber("sharpness").doubleValue(),
            q.getJsonNumber("faceSize").doubleValue(),
            q.getJsonNumber("occlusion").doubleValue(),
            q.getJsonNumber("detectionScore").doubleValue(),
            q.getJsonNumber("liveness").doubleValue());
    HeadPose pose =
        new HeadPose(
            p.getJsonNumber("yaw").doubleValue(),
            p.getJsonNumber("pitch").doubleValue(),
            p.getJsonNumber("roll").doubleValue());
    String identity = entry.isNull("identity") ? null : entry.getString("identity");
    return new Sample(entry.getString("file"), identity, embedding, table.context(quality, pose));
  }
}
