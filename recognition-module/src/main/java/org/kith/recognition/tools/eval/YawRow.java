package org.kith.recognition.tools.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Verification and identification within one yaw bucket, at the thresholds chosen on the whole set
 * (as a deployed system would run): accuracy at the overall best threshold, TAR and FAR at the
 * overall FAR = 1e-2 threshold, Rank-1 of the mated probes in the bucket. A pair's yaw is the
 * larger |yaw| of its two faces; pairs and probes without a face are in no bucket.
 */
public record YawRow(
    YawBucket bucket,
    int genuinePairs,
    int impostorPairs,
    double accuracy,
    double tar,
    double far,
    int matedProbes,
    double rank1) {

  public static final double FAR_TARGET = 1e-2;

  public static List<YawRow> of(
      List<VerificationPair> pairs,
      VerificationResult overall,
      IdentificationSet set,
      IdentificationResult identification,
      Function<String, ImageResult> image) {
    Map<YawBucket, List<Double>> genuine = new EnumMap<>(YawBucket.class);
    Map<YawBucket, List<Double>> impostor = new EnumMap<>(YawBucket.class);
    if (pairs != null) {
      for (VerificationPair p : pairs) {
        ImageResult a = image.apply(p.first());
        ImageResult b = image.apply(p.second());
        if (!a.ok() || !b.ok() || Double.isNaN(a.yaw()) || Double.isNaN(b.yaw())) {
          continue;
        }
        YawBucket bucket = YawBucket.of(Math.max(Math.abs(a.yaw()), Math.abs(b.yaw())));
        double s = Cosine.similarity(a.embedding(), b.embedding());
        (p.genuine() ? genuine : impostor).computeIfAbsent(bucket, x -> new ArrayList<>()).add(s);
      }
    }
    Map<YawBucket, int[]> probes = new EnumMap<>(YawBucket.class); // {searches, hits}
    if (set != null && identification != null) {
      for (int k = 0; k < set.probes().size(); k++) {
        IdentificationSet.Entry e = set.probes().get(k);
        ImageResult r = image.apply(e.file());
        if (e.stranger() || !r.ok() || Double.isNaN(r.yaw())) {
          continue;
        }
        int[] c = probes.computeIfAbsent(YawBucket.of(r.yaw()), x -> new int[2]);
        c[0]++;
        c[1] += identification.searches().get(k).hitWithin(1) ? 1 : 0;
      }
    }
    List<YawRow> rows = new ArrayList<>();
    for (YawBucket bucket : YawBucket.values()) {
      double[] g = VerificationResult.toArray(genuine.getOrDefault(bucket, List.of()));
      double[] i = VerificationResult.toArray(impostor.getOrDefault(bucket, List.of()));
      double accuracy = Double.NaN;
      double tar = Double.NaN;
      double far = Double.NaN;
      if (overall != null && g.length + i.length > 0) {
        accuracy = VerificationMetrics.at(overall.atBestThreshold().threshold(), g, i).accuracy();
        VerificationMetrics at =
            VerificationMetrics.at(overall.roc().thresholdAtFar(FAR_TARGET), g, i);
        tar = at.recall();
        far = at.falsePositiveRate();
      }
      int[] c = probes.getOrDefault(bucket, new int[2]);
      rows.add(
          new YawRow(
              bucket,
              g.length,
              i.length,
              accuracy,
              tar,
              far,
              c[0],
              c[0] == 0 ? Double.NaN : (double) c[1] / c[0]));
    }
    return List.copyOf(rows);
  }
}
