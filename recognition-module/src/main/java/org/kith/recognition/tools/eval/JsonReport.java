package org.kith.recognition.tools.eval;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.Map;

/**
 * The report's numbers as JSON (JSON-P). Rates are fractions in [0, 1]; a number that does not
 * exist (no denominator, not enough impostors) is null.
 */
public final class JsonReport {
  private JsonReport() {}

  public static String write(EvaluationReport r) {
    JsonWriterFactory factory =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
    StringWriter out = new StringWriter();
    try (JsonWriter writer = factory.createWriter(out)) {
      writer.writeObject(toJson(r));
    }
    return out.toString();
  }

  public static JsonObject toJson(EvaluationReport r) {
    JsonObjectBuilder o = Json.createObjectBuilder();
    o.add("run", run(r.run()));
    o.add("dataset", dataset(r.dataset()));
    JsonObjectBuilder failures = Json.createObjectBuilder();
    r.failures().forEach((l, f) -> failures.add(l.name().toLowerCase(), failures(f)));
    o.add("images", failures);
    o.add("failedPairScore", VerificationResult.FAILED_PAIR_SCORE);
    if (r.verification() != null) {
      o.add("verification", verification(r.verification(), true));
    }
    if (r.identification() != null) {
      o.add("identification", identification(r.identification(), true));
    }
    if (r.separation() != null) {
      o.add("separation", separation(r));
    }
    JsonObjectBuilder robustness = Json.createObjectBuilder();
    JsonArrayBuilder yaw = Json.createArrayBuilder();
    for (YawRow row : r.yaw()) {
      JsonObjectBuilder y = Json.createObjectBuilder().add("bucket", row.bucket().label());
      y.add("genuinePairs", row.genuinePairs()).add("impostorPairs", row.impostorPairs());
      num(y, "accuracyAtBestThreshold", row.accuracy());
      num(y, "tarAtFar1e-2Threshold", row.tar());
      num(y, "farAtFar1e-2Threshold", row.far());
      y.add("matedProbes", row.matedProbes());
      num(y, "rank1", row.rank1());
      yaw.add(y);
    }
    robustness.add("yaw", yaw);
    JsonArrayBuilder lighting = Json.createArrayBuilder();
    for (Lighting l : Lighting.values()) {
      int k = l.ordinal();
      if (r.lightingVerification().size() <= k && r.lightingIdentification().size() <= k) {
        continue;
      }
      JsonObjectBuilder c = Json.createObjectBuilder().add("condition", l.label());
      if (r.failures().containsKey(l)) {
        c.add("images", failures(r.failures().get(l)));
      }
      if (r.lightingVerification().size() > k) {
        c.add("verification", verification(r.lightingVerification().get(k), false));
      }
      if (r.lightingIdentification().size() > k) {
        c.add("identification", identification(r.lightingIdentification().get(k), false));
      }
      lighting.add(c);
    }
    robustness.add("illumination", lighting);
    o.add("robustness", robustness);
    return o.build();
  }

  private static JsonObjectBuilder run(EvaluationReport.Run run) {
    JsonObjectBuilder o = Json.createObjectBuilder();
    o.add("command", run.command()).add("date", run.date());
    MachineInfo m = run.machine();
    o.add(
        "machine",
        Json.createObjectBuilder()
            .add("cores", m.cores())
            .add("os", m.os())
            .add("java", m.java())
            .add("cpu", m.cpu()));
    o.add(
        "embeddingModel",
        Json.createObjectBuilder()
            .add("id", run.model().id())
            .add("version", run.model().version())
            .add("dimension", run.model().dimension())
            .add("key", run.model().key()));
    o.add("requestedModels", Json.createArrayBuilder(run.requestedModels()));
    o.add("embeddingModelsSeen", Json.createArrayBuilder(run.embeddingModelsSeen()));
    o.add("threads", run.threads());
    num(o, "seconds", run.seconds());
    if (run.deployedThreshold() == null) {
      o.addNull("deployedThreshold");
    } else {
      o.add("deployedThreshold", run.deployedThreshold());
    }
    return o;
  }

  private static JsonObjectBuilder dataset(EvaluationReport.Dataset d) {
    JsonObjectBuilder o = Json.createObjectBuilder().add("root", d.root());
    str(o, "pairsFile", d.pairsFile());
    str(o, "identFile", d.identFile());
    return o.add("identities", d.identities())
        .add("images", d.images())
        .add("genuinePairs", d.genuinePairs())
        .add("impostorPairs", d.impostorPairs())
        .add("galleryImages", d.galleryImages())
        .add("galleryIdentities", d.galleryIdentities())
        .add("matedProbes", d.matedProbes())
        .add("strangerProbes", d.strangerProbes());
  }

  private static JsonObjectBuilder failures(FailureCounts f) {
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("images", f.images())
            .add("analysed", f.analysed())
            .add("failureToDetect", f.noFace());
    num(o, "failureToDetectRate", f.failureToDetectRate());
    o.add("missing", f.missing()).add("errors", f.errors());
    JsonObjectBuilder rejected = Json.createObjectBuilder();
    f.rejected().forEach(rejected::add);
    o.add("rejected", rejected);
    num(o, "meanMillisPerImage", f.meanMillis());
    return o;
  }

  private static JsonObjectBuilder verification(VerificationResult v, boolean full) {
    JsonObjectBuilder o = Json.createObjectBuilder().add("condition", v.condition());
    o.add("genuinePairs", v.genuinePairs()).add("impostorPairs", v.impostorPairs());
    o.add("failedGenuinePairs", v.failedGenuinePairs());
    o.add("failedImpostorPairs", v.failedImpostorPairs());
    if (v.tenFold() != null) {
      JsonObjectBuilder t = Json.createObjectBuilder();
      num(t, "mean", v.tenFold().mean());
      num(t, "std", v.tenFold().std());
      num(t, "standardError", v.tenFold().standardError());
      JsonArrayBuilder folds = Json.createArrayBuilder();
      for (TenFoldAccuracy.Fold f : v.tenFold().folds()) {
        JsonObjectBuilder fo = Json.createObjectBuilder().add("from", f.from()).add("to", f.to());
        num(fo, "threshold", f.threshold());
        num(fo, "accuracy", f.accuracy());
        folds.add(fo);
      }
      o.add("tenFoldAccuracy", t.add("folds", folds));
    }
    num(o, "auc", v.auc());
    JsonObjectBuilder eer = Json.createObjectBuilder();
    num(eer, "rate", v.eer().rate());
    num(eer, "threshold", v.eer().threshold());
    o.add("eer", eer);
    JsonArrayBuilder tars = Json.createArrayBuilder();
    for (RocCurve.OperatingPoint p : v.tarAtFar()) {
      JsonObjectBuilder t = Json.createObjectBuilder().add("far", p.targetFar());
      t.add("impostorPairs", p.impostors()).add("supported", p.supported());
      if (!p.supported()) {
        t.add("note", "not enough impostors: FAR × impostor pairs < 1");
      }
      num(t, "tar", p.tar());
      num(t, "observedFar", p.far());
      num(t, "threshold", p.threshold());
      tars.add(t);
    }
    o.add("tarAtFar", tars);
    o.add("atBestThreshold", confusion(v.atBestThreshold()));
    if (v.atDeployedThreshold() != null) {
      o.add("atDeployedThreshold", confusion(v.atDeployedThreshold()));
    }
    o.add("genuineScores", distribution(v.genuine()));
    o.add("impostorScores", distribution(v.impostor()));
    num(o, "dPrime", v.dPrime());
    if (full) {
      JsonArrayBuilder roc = Json.createArrayBuilder();
      for (RocCurve.Point p : v.roc().points()) {
        JsonArrayBuilder point = Json.createArrayBuilder();
        point.add(p.far()).add(p.tar());
        if (Double.isFinite(p.threshold())) {
          point.add(p.threshold());
        } else {
          point.addNull();
        }
        roc.add(point);
      }
      o.add(
          "roc",
          Json.createObjectBuilder().add("columns", "far, tar, threshold").add("points", roc));
    }
    return o;
  }

  private static JsonObjectBuilder confusion(VerificationMetrics m) {
    JsonObjectBuilder o = Json.createObjectBuilder();
    num(o, "threshold", m.threshold());
    o.add("truePositives", m.truePositives()).add("falsePositives", m.falsePositives());
    o.add("trueNegatives", m.trueNegatives()).add("falseNegatives", m.falseNegatives());
    num(o, "accuracy", m.accuracy());
    num(o, "precision", m.precision());
    num(o, "recall", m.recall());
    num(o, "f1", m.f1());
    num(o, "specificity", m.specificity());
    num(o, "fpr", m.falsePositiveRate());
    num(o, "fnr", m.falseNegativeRate());
    num(o, "npv", m.negativePredictiveValue());
    return o;
  }

  private static JsonObjectBuilder distribution(ScoreDistribution d) {
    JsonObjectBuilder o = Json.createObjectBuilder().add("count", d.count());
    num(o, "mean", d.mean());
    num(o, "std", d.std());
    num(o, "min", d.min());
    num(o, "max", d.max());
    return o;
  }

  private static JsonObjectBuilder identification(IdentificationResult id, boolean full) {
    JsonObjectBuilder o = Json.createObjectBuilder().add("condition", id.condition());
    o.add("galleryImages", id.galleryImages()).add("galleryFailures", id.galleryFailures());
    o.add("galleryIdentities", id.galleryIdentities());
    o.add("matedSearches", id.matedSearches()).add("nonMatedSearches", id.nonMatedSearches());
    o.add("failedSearches", id.failedSearches());
    num(o, "rank1", id.closedSet().rank1());
    JsonArrayBuilder cmc = Json.createArrayBuilder();
    for (double c : id.closedSet().cmc()) {
      if (Double.isFinite(c)) {
        cmc.add(c);
      } else {
        cmc.addNull();
      }
    }
    o.add("cmc", cmc);
    JsonArrayBuilder open = Json.createArrayBuilder();
    for (OpenSetMetrics.Point p : id.openSet()) {
      JsonObjectBuilder t = Json.createObjectBuilder().add("fpir", p.targetFpir());
      t.add("nonMatedSearches", p.nonMatedSearches()).add("supported", p.supported());
      if (!p.supported()) {
        t.add("note", "not enough non-mated searches: FPIR × searches < 1");
      }
      num(t, "dir", p.dir());
      num(t, "observedFpir", p.fpir());
      num(t, "threshold", p.threshold());
      open.add(t);
    }
    o.add("dirAtFpir", open);
    return o;
  }

  private static JsonObjectBuilder separation(EvaluationReport r) {
    ClassSeparation s = r.separation();
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("identities", s.identities())
            .add("embeddings", s.embeddings());
    num(o, "intraClassVariance", s.intraClassVariance());
    num(o, "interClassDistance", s.interClassDistance());
    num(o, "interOverIntraStd", s.ratio());
    if (r.verification() != null) {
      o.add("genuineScores", distribution(r.verification().genuine()));
      o.add("impostorScores", distribution(r.verification().impostor()));
      num(o, "dPrime", r.verification().dPrime());
    }
    return o;
  }

  private static void num(JsonObjectBuilder o, String key, double v) {
    if (Double.isFinite(v)) {
      o.add(key, v);
    } else {
      o.addNull(key);
    }
  }

  private static void str(JsonObjectBuilder o, String key, String v) {
    if (v == null) {
      o.addNull(key);
    } else {
      o.add(key, v);
    }
  }
}
