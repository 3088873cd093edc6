package org.kith.recognition.tools.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The threshold with the highest accuracy on labelled scores (accept when score ≥ threshold).
 * Candidates are the midpoints between consecutive distinct scores, plus one below the lowest and
 * one above the highest, so the chosen boundary lies in a gap of the data it was chosen on; when
 * several candidates tie, the middle one is taken rather than an extreme.
 */
public final class BestThreshold {
  private BestThreshold() {}

  /** The best threshold for {@code scores} whose labels say genuine (true) or impostor (false). */
  public static double of(double[] scores, boolean[] genuine) {
    if (scores.length != genuine.length || scores.length == 0) {
      throw new IllegalArgumentException("need as many labels as scores, at least one");
    }
    Integer[] order = new Integer[scores.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
    int genuineTotal = 0;
    for (boolean g : genuine) {
      genuineTotal += g ? 1 : 0;
    }
    // Sweep the threshold upwards; below everything all are accepted: correct = genuine count.
    int correct = genuineTotal;
    int best = correct;
    List<Double> bestThresholds = new ArrayList<>();
    bestThresholds.add(scores[order[0]] - 1);
    int k = 0;
    while (k < order.length) {
      double value = scores[order[k]];
      while (k < order.length && scores[order[k]] == value) {
        correct += genuine[order[k]] ? -1 : 1;
        k++;
      }
      double threshold = k < order.length ? (value + scores[order[k]]) / 2 : value + 1;
      if (correct > best) {
        best = correct;
        bestThresholds.clear();
      }
      if (correct == best) {
        bestThresholds.add(threshold);
      }
    }
    return bestThresholds.get((bestThresholds.size() - 1) / 2);
  }
}
