package org.kith.recognition.tools.eval;

import static org.kith.recognition.tools.eval.SvgPlot.escape;

import java.util.ArrayList;
import java.util.List;

/**
 * The self-contained HTML report: run facts, the numbers as tables and inline SVG plots (ROC with a
 * log FAR axis, DET on normal-deviate axes, CMC, score histograms). No scripts, no external files.
 */
public final class HtmlReport {
  private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"};

  private HtmlReport() {}

  public static String of(EvaluationReport r) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Kith evaluation — ")
        .append(escape(r.run().model().key()))
        .append("</title>")
        .append("<style>body{font-family:sans-serif;max-width:1040px;margin:2em auto;color:#222}")
        .append("table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;")
        .append(
            "padding:3px 8px;text-align:right}th{background:#f3f3f3}td:first-child,th:first-child")
        .append(
            "{text-align:left}.plots svg{margin:4px}code{background:#f3f3f3}</style></head><body>\n");
    h.append("<h1>Kith evaluation</h1>\n");
    run(h, r);
    dataset(h, r);
    if (r.verification() != null) {
      verification(h, r.verification());
    }
    if (r.identification() != null) {
      identification(h, r.identification());
    }
    separation(h, r);
    robustness(h, r);
    h.append("<h2>Definitions</h2><ul>")
        .append(
            "<li>Scores are cosine similarities of the L2-normalised embeddings; a pair is accepted when its score is at least the threshold.</li>")
        .append(
            "<li>When an image has several faces the subject is the largest face whose box contains the image centre, else the face nearest the centre.</li>")
        .append(
            "<li>A pair with an image that yielded no embedding (failure to detect, missing, refused) is scored ")
        .append(VerificationResult.FAILED_PAIR_SCORE)
        .append(" and so counts as rejected; score distributions leave such pairs out.</li>")
        .append(
            "<li>10-fold accuracy: the pairs in file order are cut into 10 contiguous folds; each is scored at the accuracy-maximising threshold of the other nine (LFW protocol); ± is the sample standard deviation over folds.</li>")
        .append(
            "<li>TAR@FAR: highest TAR whose observed FAR does not exceed the target; shown only when FAR × impostor pairs ≥ 1.</li>")
        .append(
            "<li>Identification: an identity's score is its best gallery template; ties rank the mate behind. DIR@FPIR (NIST 1:N): DIR = mated searches with the mate at rank 1 and a score ≥ threshold; FPIR = strangers whose best candidate scores ≥ threshold.</li>")
        .append(
            "<li>d′ = |μ<sub>g</sub> − μ<sub>i</sub>| / √((σ<sub>g</sub>² + σ<sub>i</sub>²)/2). Intra-class variance: mean squared distance of embeddings to their identity centroid, averaged over identities; inter-class distance: mean distance between identity centroids.</li>")
        .append("</ul>\n</body></html>\n");
    return h.toString();
  }

  private static void run(StringBuilder h, EvaluationReport r) {
    EvaluationReport.Run run = r.run();
    h.append("<table>");
    row(h, "Command", "<code>" + escape(run.command()) + "</code>");
    row(h, "Date", escape(run.date()));
    row(h, "Embedding model", escape(run.model().key()) + " (" + run.model().dimension() + "-D)");
    if (!run.requestedModels().isEmpty()) {
      row(h, "Requested models", escape(String.join(", ", run.requestedModels())));
    }
    row(h, "Models in the embeddings", escape(String.join(", ", run.embeddingModelsSeen())));
    MachineInfo m = run.machine();
    row(h, "Machine", escape(m.cpu() + ", " + m.cores() + " cores, " + m.os() + ", " + m.java()));
    row(
        h,
        "Threads / time",
        run.threads() + " / " + String.format(java.util.Locale.ROOT, "%.0f s", run.seconds()));
    h.append("</table>\n");
  }

  private static void dataset(StringBuilder h, EvaluationReport r) {
    EvaluationReport.Dataset d = r.dataset();
    h.append("<h2>Data set</h2><table>");
    row(h, "Root", escape(d.root()));
    row(h, "Pairs file", d.pairsFile() == null ? "–" : escape(d.pairsFile()));
    row(h, "Identification file", d.identFile() == null ? "–" : escape(d.identFile()));
    row(h, "Identities / images", d.identities() + " / " + d.images());
    row(h, "Pairs (genuine / impostor)", d.genuinePairs() + " / " + d.impostorPairs());
    row(h, "Gallery (images / identities)", d.galleryImages() + " / " + d.galleryIdentities());
    row(h, "Probes (mated / strangers)", d.matedProbes() + " / " + d.strangerProbes());
    h.append("</table>\n<h3>Images analysed</h3><table><tr><th>condition</th><th>images</th>")
        .append(
            "<th>failure to detect</th><th>missing</th><th>refused</th><th>errors</th><th>ms/image</th></tr>");
    r.failures()
        .forEach(
            (l, f) ->
                h.append("<tr><td>")
                    .append(escape(l.label()))
                    .append("</td><td>")
                    .append(f.images())
                    .append("</td><td>")
                    .append(f.noFace())
                    .append(" (")
                    .append(Format.percent(f.failureToDetectRate()))
                    .append(")</td><td>")
                    .append(f.missing())
                    .append("</td><td>")
                    .append(escape(f.rejected().toString()))
                    .append("</td><td>")
                    .append(f.errors())
                    .append("</td><td>")
                    .append(String.format(java.util.Locale.ROOT, "%.1f", f.meanMillis()))
                    .append("</td></tr>"));
    h.append("</table>\n");
  }

  private static void verification(StringBuilder h, VerificationResult v) {
    h.append("<h2>Verification</h2><table>");
    row(h, "Pairs (genuine / impostor)", v.genuinePairs() + " / " + v.impostorPairs());
    row(
        h,
        "Failed pairs (genuine / impostor)",
        v.failedGenuinePairs() + " / " + v.failedImpostorPairs());
    row(h, "10-fold accuracy (mean ± std)", Format.tenFold(v.tenFold()));
    row(h, "ROC AUC", Format.decimal(v.auc()));
    row(
        h,
        "EER",
        Format.percent(v.eer().rate()) + " at threshold " + Format.decimal(v.eer().threshold()));
    for (RocCurve.OperatingPoint p : v.tarAtFar()) {
      row(h, "TAR @ FAR = " + Format.far(p.targetFar()), escape(Format.tar(p)));
    }
    h.append(
            "</table>\n<table><tr><th>threshold</th><th>value</th><th>accuracy</th><th>precision</th>")
        .append(
            "<th>recall</th><th>F1</th><th>specificity</th><th>FPR</th><th>FNR</th><th>NPV</th></tr>");
    confusion(h, "best on all pairs", v.atBestThreshold());
    if (v.atDeployedThreshold() != null) {
      confusion(h, "deployed", v.atDeployedThreshold());
    }
    h.append("</table>\n<div class=\"plots\">");
    h.append(roc(List.of(v)));
    h.append(det(List.of(v)));
    h.append(histogram(v));
    h.append("</div>\n");
  }

  private static void confusion(StringBuilder h, String name, VerificationMetrics m) {
    h.append("<tr><td>").append(name).append("</td><td>").append(Format.decimal(m.threshold()));
    for (double x :
        new double[] {
          m.accuracy(),
          m.precision(),
          m.recall(),
          m.f1(),
          m.specificity(),
          m.falsePositiveRate(),
          m.falseNegativeRate(),
          m.negativePredictiveValue()
        }) {
      h.append("</td><td>").append(Format.percent(x));
    }
    h.append("</td></tr>");
  }

  static String roc(List<VerificationResult> results) {
    int impostors = results.get(0).impostorPairs();
    double min = Math.pow(10, Math.floor(Math.log10(1.0 / Math.max(10, impostors))));
    List<SvgPlot.Series> series = farSeries(results, RocCurve.Point::tar);
    return SvgPlot.lines(
        "ROC",
        new SvgPlot.Axis("FAR (log)", min, 1, SvgPlot.Scale.LOG10, SvgPlot.decades(min)),
        new SvgPlot.Axis(
            "TAR", 0, 1, SvgPlot.Scale.LINEAR, new double[] {0, 0.2, 0.4, 0.6, 0.8, 1}),
        series);
  }

  static String det(List<VerificationResult> results) {
    double[] ticks = {0.001, 0.01, 0.05, 0.2, 0.5};
    List<SvgPlot.Series> series = farSeries(results, RocCurve.Point::frr);
    return SvgPlot.lines(
        "DET",
        new SvgPlot.Axis("FAR (normal deviate)", 0.0005, 0.5, SvgPlot.Scale.PROBIT, ticks),
        new SvgPlot.Axis("FRR (normal deviate)", 0.0005, 0.5, SvgPlot.Scale.PROBIT, ticks),
        series);
  }

  /** One line per condition: FAR against {@code y} (TAR for ROC, FRR for DET). */
  private static List<SvgPlot.Series> farSeries(
      List<VerificationResult> results, java.util.function.ToDoubleFunction<RocCurve.Point> y) {
    List<SvgPlot.Series> series = new ArrayList<>();
    for (int k = 0; k < results.size(); k++) {
      List<RocCurve.Point> p = results.get(k).roc().points();
      series.add(
          new SvgPlot.Series(
              results.get(k).condition(),
              COLOURS[k % COLOURS.length],
              p.stream().mapToDouble(RocCurve.Point::far).toArray(),
              p.stream().mapToDouble(y).toArray()));
    }
    return series;
  }

  static String histogram(VerificationResult v) {
    int bins = 50;
    Histogram g = Histogram.of(v.genuineScores(), -1, 1, bins);
    Histogram i = Histogram.of(v.impostorScores(), -1, 1, bins);
    double[] edges = new double[bins];
    for (int k = 0; k < bins; k++) {
      edges[k] = -1 + k * g.binWidth();
    }
    double max = 0;
    for (double f : g.fractions()) {
      max = Math.max(max, f);
    }
    for (double f : i.fractions()) {
      max = Math.max(max, f);
    }
    double top = Math.max(0.05, Math.ceil(max * 20) / 20);
    return SvgPlot.histogram(
        "Score distributions",
        new SvgPlot.Axis(
            "cosine similarity", -1, 1, SvgPlot.Scale.LINEAR, new double[] {-1, -0.5, 0, 0.5, 1}),
        new SvgPlot.Axis(
            "fraction of pairs", 0, top, SvgPlot.Scale.LINEAR, new double[] {0, top / 2, top}),
        g.binWidth(),
        List.of(
            new SvgPlot.Series("genuine", COLOURS[2], edges, g.fractions()),
            new SvgPlot.Series("impostor", COLOURS[1], edges, i.fractions())));
  }

  static String cmc(List<IdentificationResult> results) {
    List<SvgPlot.Series> series = new ArrayList<>();
    double[] ranks = new double[IdentificationResult.MAX_RANK];
    for (int k = 0; k < ranks.length; k++) {
      ranks[k] = k + 1;
    }
    double low = 1;
    for (int k = 0; k < results.size(); k++) {
      double[] cmc = results.get(k).closedSet().cmc();
      for (double c : cmc) {
        low = Double.isFinite(c) ? Math.min(low, c) : low;
      }
      series.add(
          new SvgPlot.Series(results.get(k).condition(), COLOURS[k % COLOURS.length], ranks, cmc));
    }
    double min = Math.max(0, Math.floor(low * 10 - 0.5) / 10);
    return SvgPlot.lines(
        "CMC",
        new SvgPlot.Axis(
            "rank",
            1,
            IdentificationResult.MAX_RANK,
            SvgPlot.Scale.LINEAR,
            new double[] {1, 2, 4, 6, 8, 10}),
        new SvgPlot.Axis(
            "identification rate",
            min,
            1,
            SvgPlot.Scale.LINEAR,
            new double[] {min, (min + 1) / 2, 1}),
        series);
  }

  private static void identification(StringBuilder h, IdentificationResult id) {
    h.append("<h2>Identification</h2><table>");
    row(
        h,
        "Gallery (images / usable identities / failed images)",
        id.galleryImages() + " / " + id.galleryIdentities() + " / " + id.galleryFailures());
    row(
        h,
        "Searches (mated / strangers / without a face)",
        id.matedSearches() + " / " + id.nonMatedSearches() + " / " + id.failedSearches());
    row(h, "Rank-1 (closed set)", Format.percent(id.closedSet().rank1()));
    row(
        h,
        "Rank-5 / Rank-10",
        Format.percent(id.closedSet().rate(5)) + " / " + Format.percent(id.closedSet().rate(10)));
    for (OpenSetMetrics.Point p : id.openSet()) {
      row(h, "DIR @ FPIR = " + Format.far(p.targetFpir()), escape(Format.dir(p)));
    }
    h.append("</table>\n<div class=\"plots\">").append(cmc(List.of(id))).append("</div>\n");
  }

  private static void separation(StringBuilder h, EvaluationReport r) {
    if (r.separation() == null && r.verification() == null) {
      return;
    }
    h.append("<h2>Separation</h2><table>");
    if (r.verification() != null) {
      VerificationResult v = r.verification();
      row(
          h,
          "Genuine scores (n, mean ± std)",
          v.genuine().count()
              + ", "
              + Format.decimal(v.genuine().mean())
              + " ± "
              + Format.decimal(v.genuine().std()));
      row(
          h,
          "Impostor scores (n, mean ± std)",
          v.impostor().count()
              + ", "
              + Format.decimal(v.impostor().mean())
              + " ± "
              + Format.decimal(v.impostor().std()));
      row(h, "d′", Format.decimal(v.dPrime()));
    }
    if (r.separation() != null) {
      ClassSeparation s = r.separation();
      row(h, "Identities / embeddings", s.identities() + " / " + s.embeddings());
      row(h, "Intra-class variance", Format.decimal(s.intraClassVariance()));
      row(h, "Inter-class distance", Format.decimal(s.interClassDistance()));
      row(h, "Inter-class distance / √intra-class variance", Format.decimal(s.ratio()));
    }
    h.append("</table>\n");
  }

  private static void robustness(StringBuilder h, EvaluationReport r) {
    h.append("<h2>Robustness</h2><h3>Head pose (|yaw|)</h3><table><tr><th>bucket</th>")
        .append("<th>genuine pairs</th><th>impostor pairs</th><th>accuracy at best threshold</th>")
        .append(
            "<th>TAR at FAR=1e-2 threshold</th><th>FAR there</th><th>mated probes</th><th>Rank-1</th></tr>");
    for (YawRow y : r.yaw()) {
      h.append("<tr><td>")
          .append(escape(y.bucket().label()))
          .append("</td><td>")
          .append(y.genuinePairs())
          .append("</td><td>")
          .append(y.impostorPairs())
          .append("</td><td>")
          .append(Format.percent(y.accuracy()))
          .append("</td><td>")
          .append(Format.percent(y.tar()))
          .append("</td><td>")
          .append(Format.percent(y.far()))
          .append("</td><td>")
          .append(y.matedProbes())
          .append("</td><td>")
          .append(Format.percent(y.rank1()))
          .append("</td></tr>");
    }
    h.append("</table>\n");
    if (r.lightingVerification().isEmpty() && r.lightingIdentification().isEmpty()) {
      h.append("<p>Illumination conditions were not run.</p>\n");
      return;
    }
    h.append(
            "<h3>Illumination (second image of each pair and the probes relit; gallery and first images original)</h3>")
        .append(
            "<table><tr><th>condition</th><th>failure to detect</th><th>10-fold accuracy</th><th>EER</th>")
        .append(
            "<th>TAR@FAR=1e-2</th><th>TAR@FAR=1e-3</th><th>Rank-1</th><th>DIR@FPIR=1e-2</th></tr>");
    for (Lighting l : Lighting.values()) {
      int k = l.ordinal();
      FailureCounts f = r.failures().get(l);
      h.append("<tr><td>")
          .append(escape(l.label()))
          .append("</td><td>")
          .append(f == null ? "–" : Format.percent(f.failureToDetectRate()))
          .append("</td>");
      if (r.lightingVerification().size() > k) {
        VerificationResult v = r.lightingVerification().get(k);
        h.append("<td>")
            .append(Format.tenFold(v.tenFold()))
            .append("</td><td>")
            .append(Format.percent(v.eer().rate()))
            .append("</td><td>")
            .append(Format.percent(v.at(1e-2).tar()))
            .append("</td><td>")
            .append(Format.percent(v.at(1e-3).tar()))
            .append("</td>");
      } else {
        h.append("<td>–</td><td>–</td><td>–</td><td>–</td>");
      }
      if (r.lightingIdentification().size() > k) {
        IdentificationResult id = r.lightingIdentification().get(k);
        OpenSetMetrics.Point p = id.at(1e-2);
        h.append("<td>")
            .append(Format.percent(id.closedSet().rank1()))
            .append("</td><td>")
            .append(p == null ? "–" : Format.percent(p.dir()))
            .append("</td>");
      } else {
        h.append("<td>–</td><td>–</td>");
      }
      h.append("</tr>");
    }
    h.append("</table>\n<div class=\"plots\">");
    if (!r.lightingVerification().isEmpty()) {
      h.append(roc(r.lightingVerification()));
    }
    if (!r.lightingIdentification().isEmpty()) {
      h.append(cmc(r.lightingIdentification()));
    }
    h.append("</div>\n");
  }

  private static void row(StringBuilder h, String name, String valueHtml) {
    h.append("<tr><th>")
        .append(escape(name))
        .append("</th><td>")
        .append(valueHtml)
        .append("</td></tr>");
  }
}
