package org.kith.recognition.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * MediaPipe's weighted non-maximum suppression: the best remaining detection gathers every other
 * that overlaps it by more than the threshold, and the cluster's box and keypoints become their
 * score-weighted mean (steadier than keeping only the best anchor); the cluster keeps the best
 * score.
 */
public final class WeightedNms {
  private final double overlap;

  public WeightedNms(double overlap) {
    this.overlap = overlap;
  }

  public List<Detection> apply(List<Detection> candidates) {
    List<Detection> remaining = new ArrayList<>(candidates);
    remaining.sort(Comparator.comparingDouble(Detection::score).reversed());
    List<Detection> kept = new ArrayList<>();
    while (!remaining.isEmpty()) {
      Detection best = remaining.get(0);
      List<Detection> cluster = new ArrayList<>();
      List<Detection> rest = new ArrayList<>();
      for (Detection d : remaining) {
        (best.iou(d) > overlap ? cluster : rest).add(d);
      }
      kept.add(merge(best, cluster));
      remaining = rest;
    }
    return kept;
  }

  private static Detection merge(Detection best, List<Detection> cluster) {
    if (cluster.size() == 1) {
      return best;
    }
    double total = 0, x = 0, y = 0, w = 0, h = 0;
    int points = best.keypoints().length;
    double[][] keypoints = new double[points][2];
    for (Detection d : cluster) {
      double s = d.score();
      total += s;
      x += s * d.x();
      y += s * d.y();
      w += s * d.width();
      h += s * d.height();
      for (int k = 0; k < points; k++) {
        keypoints[k][0] += s * d.keypoints()[k][0];
        keypoints[k][1] += s * d.keypoints()[k][1];
      }
    }
    for (double[] k : keypoints) {
      k[0] /= total;
      k[1] /= total;
    }
    return new Detection(x / total, y / total, w / total, h / total, best.score(), keypoints);
  }
}
