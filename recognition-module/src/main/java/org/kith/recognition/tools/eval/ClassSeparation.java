package org.kith.recognition.tools.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Paper 000's inter-class separability and intra-class compactness, on embeddings grouped by
 * identity. Intra-class variance: the mean, over identities with at least two embeddings, of the
 * mean squared Euclidean distance of each embedding to its identity's centroid. Inter-class
 * distance: the mean Euclidean distance between the centroids of every two identities. Their ratio
 * grows as people separate better.
 */
public record ClassSeparation(
    int identities, int embeddings, double intraClassVariance, double interClassDistance) {

  public static ClassSeparation of(Map<String, List<float[]>> byIdentity) {
    List<double[]> centroids = new ArrayList<>();
    double varianceSum = 0;
    int varianceCount = 0;
    int embeddings = 0;
    for (List<float[]> vectors : byIdentity.values()) {
      if (vectors.isEmpty()) {
        continue;
      }
      embeddings += vectors.size();
      double[] c = centroid(vectors);
      centroids.add(c);
      if (vectors.size() >= 2) {
        double sum = 0;
        for (float[] v : vectors) {
          sum += squaredDistance(v, c);
        }
        varianceSum += sum / vectors.size();
        varianceCount++;
      }
    }
    double distanceSum = 0;
    long distancePairs = 0;
    for (int a = 0; a < centroids.size(); a++) {
      for (int b = a + 1; b < centroids.size(); b++) {
        distanceSum += Math.sqrt(squaredDistance(centroids.get(a), centroids.get(b)));
        distancePairs++;
      }
    }
    return new ClassSeparation(
        centroids.size(),
        embeddings,
        varianceCount == 0 ? Double.NaN : varianceSum / varianceCount,
        distancePairs == 0 ? Double.NaN : distanceSum / distancePairs);
  }

  /** Inter-class distance over the square root of intra-class variance (both distances). */
  public double ratio() {
    return interClassDistance / Math.sqrt(intraClassVariance);
  }

  private static double[] centroid(List<float[]> vectors) {
    double[] c = new double[vectors.get(0).length];
    for (float[] v : vectors) {
      for (int k = 0; k < c.length; k++) {
        c[k] += v[k];
      }
    }
    for (int k = 0; k < c.length; k++) {
      c[k] /= vectors.size();
    }
    return c;
  }

  private static double squaredDistance(float[] v, double[] c) {
    double s = 0;
    for (int k = 0; k < c.length; k++) {
      double d = v[k] - c[k];
      s += d * d;
    }
    return s;
  }

  private static double squaredDistance(double[] a, double[] b) {
    double s = 0;
    for (int k = 0; k < a.length; k++) {
      double d = a[k] - b[k];
      s += d * d;
    }
    return s;
  }
}
