package org.amity.forecast.score;

import java.util.ArrayList;
import java.util.List;

/**
 * Reliability of probability forecasts: cases grouped by forecast probability into fixed bins, with
 * the mean forecast and the observed event rate in each. Rare-event forecasts crowd near zero, so
 * the bins are finer there.
 */
public final class CalibrationTable {
  /** Upper bin edges; the last bin is closed at 1. */
  public static final double[] EDGES = {0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0};

  private CalibrationTable() {}

  /** One bin: forecasts in [low, high), how many cases, their mean forecast, and events seen. */
  public record Bin(double low, double high, int cases, double meanForecast, int events) {
    public double observedRate() {
      return cases == 0 ? Double.NaN : (double) events / cases;
    }
  }

  public static List<Bin> of(double[] p, double[] y) {
    int k = EDGES.length;
    int[] n = new int[k];
    int[] ev = new int[k];
    double[] sum = new double[k];
    for (int i = 0; i < p.length; i++) {
      int b = 0;
      while (b < k - 1 && p[i] >= EDGES[b]) {
        b++;
      }
      n[b]++;
      sum[b] += p[i];
      if (y[i] > 0.5) {
        ev[b]++;
      }
    }
    List<Bin> bins = new ArrayList<>();
    for (int b = 0; b < k; b++) {
      double low = b == 0 ? 0 : EDGES[b - 1];
      bins.add(new Bin(low, EDGES[b], n[b], n[b] == 0 ? Double.NaN : sum[b] / n[b], ev[b]));
    }
    return bins;
  }
}
