package org.amity.forecast.score;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Proper and ranking scores of probability forecasts of a yes/no outcome: Brier score, ROC AUC,
 * average precision and log loss. Each case may carry a weight (a bootstrap multiplicity), so one
 * sort serves every resample. Ties in the forecast are scored as ties (AUC counts half, average
 * precision steps once per distinct value), the convention of scikit-learn and pROC.
 */
public final class BinaryScores {
  /** Probabilities are kept inside [EPS, 1-EPS] for the log loss only. */
  public static final double EPS = 1e-15;

  private final double[] p;
  private final double[] y;
  private final int[] descending;

  /**
   * @param p forecast probabilities
   * @param y outcomes, 0 or 1
   */
  public BinaryScores(double[] p, double[] y) {
    if (p.length != y.length) {
      throw new IllegalArgumentException("forecasts and outcomes differ in length");
    }
    this.p = p.clone();
    this.y = y.clone();
    this.descending =
        IntStream.range(0, p.length)
            .boxed()
            .sorted(Comparator.comparingDouble((Integer i) -> -this.p[i]))
            .mapToInt(Integer::intValue)
            .toArray();
  }

  public int size() {
    return p.length;
  }

  /** Every score with weight one per case. */
  public Map<String, Double> all() {
    double[] w = new double[p.length];
    Arrays.fill(w, 1);
    return all(w);
  }

  /** Every score, in the contract's key order: brier, auc, ap, logLoss. */
  public Map<String, Double> all(double[] w) {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("brier", brier(w));
    m.put("auc", auc(w));
    m.put("ap", averagePrecision(w));
    m.put("logLoss", logLoss(w));
    return m;
  }

  public double brier(double[] w) {
    double s = 0;
    double n = 0;
    for (int i = 0; i < p.length; i++) {
      double d = p[i] - y[i];
      s += w[i] * d * d;
      n += w[i];
    }
    return s / n;
  }

  public double logLoss(double[] w) {
    double s = 0;
    double n = 0;
    for (int i = 0; i < p.length; i++) {
      double q = Math.min(1 - EPS, Math.max(EPS, p[i]));
      s -= w[i] * (y[i] > 0.5 ? Math.log(q) : Math.log(1 - q));
      n += w[i];
    }
    return s / n;
  }

  /**
   * Probability that a random event case outranks a random non-event case; NaN if one is absent.
   */
  public double auc(double[] w) {
    double pos = 0;
    double neg = 0;
    double area = 0;
    // walk from the highest forecast down, one tie group at a time
    int i = 0;
    while (i < descending.length) {
      int j = i;
      double gp = 0;
      double gn = 0;
      while (j < descending.length && p[descending[j]] == p[descending[i]]) {
        int k = descending[j];
        if (y[k] > 0.5) {
          gp += w[k];
        } else {
          gn += w[k];
        }
        j++;
      }
      // events in this group outrank every non-event seen later; count ties as half
      area += gn * pos + 0.5 * gn * gp;
      pos += gp;
      neg += gn;
      i = j;
    }
    if (pos == 0 || neg == 0) {
      return Double.NaN;
    }
    return area / (pos * neg);
  }

  /**
   * Mean precision at each recall step, thresholds at each distinct forecast; NaN with no event.
   */
  public double averagePrecision(double[] w) {
    double total = 0;
    for (int i = 0; i < y.length; i++) {
      if (y[i] > 0.5) {
        total += w[i];
      }
    }
    if (total == 0) {
      return Double.NaN;
    }
    double tp = 0;
    double fp = 0;
    double ap = 0;
    int i = 0;
    while (i < descending.length) {
      int j = i;
      double gp = 0;
      while (j < descending.length && p[descending[j]] == p[descending[i]]) {
        int k = descending[j];
        if (y[k] > 0.5) {
          gp += w[k];
        } else {
          fp += w[k];
        }
        j++;
      }
      tp += gp;
      if (gp > 0) {
        ap += (gp / total) * (tp / (tp + fp));
      }
      i = j;
    }
    return ap;
  }
}
