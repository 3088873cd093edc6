package org.kith.recognition.tools.eval;

/** The concise text summary printed after an evaluation. */
public final class TextSummary {
  private TextSummary() {}

  public static String of(EvaluationReport r) {
    StringBuilder s = new StringBuilder();
    EvaluationReport.Dataset d = r.dataset();
    s.append("Kith evaluation — ").append(r.run().model().key()).append('\n');
    s.append(
        String.format(
            "Data set %s: %d identities, %d images, %d genuine + %d impostor pairs, gallery %d images of"
                + " %d identities, %d mated + %d stranger probes%n",
            d.root(),
            d.identities(),
            d.images(),
            d.genuinePairs(),
            d.impostorPairs(),
            d.galleryImages(),
            d.galleryIdentities(),
            d.matedProbes(),
            d.strangerProbes()));
    FailureCounts f = r.failures().get(Lighting.ORIGINAL);
    s.append(
        String.format(
            "Images: failure to detect %d of %d (%s), missing %d, rejected %d, errors %d; %.1f ms/image%n",
            f.noFace(),
            f.analysed(),
            Format.percent(f.failureToDetectRate()),
            f.missing(),
            f.rejectedTotal(),
            f.errors(),
            f.meanMillis()));
    VerificationResult v = r.verification();
    if (v != null) {
      s.append("Verification (failed pairs scored ")
          .append(VerificationResult.FAILED_PAIR_SCORE)
          .append(": ")
          .append(v.failedGenuinePairs() + v.failedImpostorPairs())
          .append(")\n");
      s.append("  10-fold accuracy ")
          .append(Format.tenFold(v.tenFold()))
          .append("   AUC ")
          .append(Format.decimal(v.auc()))
          .append("   EER ")
          .append(Format.percent(v.eer().rate()))
          .append('\n');
      for (RocCurve.OperatingPoint p : v.tarAtFar()) {
        s.append("  TAR@FAR=")
            .append(Format.far(p.targetFar()))
            .append(' ')
            .append(Format.tar(p))
            .append('\n');
      }
      s.append("  d' ")
          .append(Format.decimal(v.dPrime()))
          .append("   genuine ")
          .append(Format.decimal(v.genuine().mean()))
          .append(" ± ")
          .append(Format.decimal(v.genuine().std()))
          .append("   impostor ")
          .append(Format.decimal(v.impostor().mean()))
          .append(" ± ")
          .append(Format.decimal(v.impostor().std()))
          .append('\n');
    }
    IdentificationResult id = r.identification();
    if (id != null) {
      s.append("Identification: Rank-1 ")
          .append(Format.percent(id.closedSet().rank1()))
          .append("   Rank-5 ")
          .append(Format.percent(id.closedSet().rate(5)))
          .append("   Rank-10 ")
          .append(Format.percent(id.closedSet().rate(10)))
          .append('\n');
      for (OpenSetMetrics.Point p : id.openSet()) {
        s.append("  DIR@FPIR=")
            .append(Format.far(p.targetFpir()))
            .append(' ')
            .append(Format.dir(p))
            .append('\n');
      }
    }
    if (!r.lightingVerification().isEmpty() || !r.lightingIdentification().isEmpty()) {
      s.append("Illumination:\n");
      for (Lighting l : Lighting.values()) {
        s.append(String.format("  %-18s", l.label()));
        if (r.lightingVerification().size() > l.ordinal()) {
          VerificationResult lv = r.lightingVerification().get(l.ordinal());
          s.append(" accuracy ")
              .append(Format.tenFold(lv.tenFold()))
              .append("  TAR@1e-3 ")
              .append(Format.percent(lv.at(1e-3).tar()));
        }
        if (r.lightingIdentification().size() > l.ordinal()) {
          s.append("  Rank-1 ")
              .append(
                  Format.percent(r.lightingIdentification().get(l.ordinal()).closedSet().rank1()));
        }
        s.append('\n');
      }
    }
    s.append(String.format("Took %.0f s on %d threads%n", r.run().seconds(), r.run().threads()));
    return s.toString();
  }
}
