package org.amity.forecast.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Percentile bootstrap intervals for scores: cases are drawn with replacement (as multiplicities,
 * so the scorers need no copying), the scores recomputed on each resample, and the 2.5% and 97.5%
 * quantiles reported. The same seed gives the same intervals. Several forecasters scored on the
 * same cases share each resample, so their intervals are paired, and the intervals of the first
 * forecaster's score minus each other's (keys "first-other") say whether a difference is real.
 */
public final class Bootstrap {
  private final int replicates;
  private final long seed;

  public Bootstrap(int replicates, long seed) {
    if (replicates < 1) {
      throw new IllegalArgumentException("replicates must be at least 1");
    }
    this.replicates = replicates;
    this.seed = seed;
  }

  /** A score's 95% interval. */
  public record Interval(double low, double high) {}

  /**
   * Intervals for each named scorer's scores, on {@code n} cases.
   *
   * @param scorers name to a function from case weights to scores
   * @return name to score key to interval
   */
  public Map<String, Map<String, Interval>> intervals(
      int n, Map<String, Function<double[], Map<String, Double>>> scorers) {
    Random random = new Random(seed);
    Map<String, Map<String, List<Double>>> draws = new LinkedHashMap<>();
    double[] w = new double[n];
    for (int r = 0; r < replicates; r++) {
      Arrays.fill(w, 0);
      for (int i = 0; i < n; i++) {
        w[random.nextInt(n)]++;
      }
      for (var e : scorers.entrySet()) {
        Map<String, List<Double>> byKey =
            draws.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>());
        e.getValue()
            .apply(w)
            .forEach((k, v) -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
      }
    }
    Map<String, Map<String, Interval>> out = new LinkedHashMap<>();
    draws.forEach(
        (name, byKey) -> {
          Map<String, Interval> m = new LinkedHashMap<>();
          byKey.forEach((k, v) -> m.put(k, percentile(v)));
          out.put(name, m);
        });
    // paired differences: the first scorer minus each other one, resample by resample
    String first = draws.keySet().iterator().next();
    draws.forEach(
        (name, byKey) -> {
          if (!name.equals(first)) {
            Map<String, Interval> m = new LinkedHashMap<>();
            byKey.forEach(
                (k, v) -> {
                  List<Double> a = draws.get(first).get(k);
                  List<Double> d = new ArrayList<>(v.size());
                  for (int i = 0; i < v.size(); i++) {
                    d.add(a.get(i) - v.get(i));
                  }
                  m.put(k, percentile(d));
                });
            out.put(first + "-" + name, m);
          }
        });
    return out;
  }

  private static Interval percentile(List<Double> values) {
    double[] v =
        values.stream().filter(d -> !Double.isNaN(d)).mapToDouble(d -> d).sorted().toArray();
    if (v.length == 0) {
      return new Interval(Double.NaN, Double.NaN);
    }
    return new Interval(quantile(v, 0.025), quantile(v, 0.975));
  }

  /** The linearly interpolated {@code q} quantile of sorted values. */
  public static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }
}
