package org.amity.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A weighted choice among values, in the order given (so a seed always gives the same pick).
 *
 * @param <T> the values
 */
final class Weighted<T> {
  private final List<T> values;
  private final double[] cumulative;

  private Weighted(List<T> values, double[] weights) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("nothing to choose from");
    }
    this.values = List.copyOf(values);
    this.cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] < 0 || Double.isNaN(weights[i])) {
        throw new IllegalArgumentException("weights must be non-negative: " + values.get(i));
      }
      sum += weights[i];
      cumulative[i] = sum;
    }
    if (sum <= 0) {
      throw new IllegalArgumentException("weights sum to zero");
    }
  }

  /** From a map of weights, in the map's iteration order (use a sorted or linked map). */
  static <T> Weighted<T> of(Map<T, ? extends Number> weights) {
    List<T> values = new ArrayList<>(weights.keySet());
    double[] w = new double[values.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = weights.get(values.get(i)).doubleValue();
    }
    return new Weighted<>(values, w);
  }

  /** From alternating value, weight pairs: {@code pairs("190", 3, "193", 2)}. */
  @SuppressWarnings("unchecked")
  static <T> Weighted<T> pairs(Object... pairs) {
    List<T> values = new ArrayList<>();
    double[] w = new double[pairs.length / 2];
    for (int i = 0; i < pairs.length; i += 2) {
      values.add((T) pairs[i]);
      w[i / 2] = ((Number) pairs[i + 1]).doubleValue();
    }
    return new Weighted<>(values, w);
  }

  T pick(Chance chance) {
    double x = chance.uniform() * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > x) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return values.get(lo);
  }

  /** The weight-averaged value of a function of the values. */
  double mean(java.util.function.ToDoubleFunction<T> f) {
    double sum = 0;
    double prev = 0;
    for (int i = 0; i < values.size(); i++) {
      sum += f.applyAsDouble(values.get(i)) * (cumulative[i] - prev);
      prev = cumulative[i];
    }
    return sum / cumulative[cumulative.length - 1];
  }

  List<T> values() {
    return values;
  }

  /** Each value's share of the total weight, in order. */
  Map<T, Double> shares() {
    Map<T, Double> m = new java.util.LinkedHashMap<>();
    double total = cumulative[cumulative.length - 1];
    double prev = 0;
    for (int i = 0; i < values.size(); i++) {
      m.merge(values.get(i), (cumulative[i] - prev) / total, Double::sum);
      prev = cumulative[i];
    }
    return m;
  }
}
