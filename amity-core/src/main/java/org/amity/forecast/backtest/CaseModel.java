package org.amity.forecast.backtest;

import java.util.List;
import java.util.Map;

/**
 * A model as the backtest drives it: learn from training cases, then forecast test cases (a
 * probability for events, an expected count for counts).
 */
public interface CaseModel {
  String name();

  Map<String, Object> parameters();

  /** Learns only from {@code train}. */
  Fitted fit(List<Case> train, String[] features, long seed);

  /** A fitted model. */
  interface Fitted {
    double[] forecast(List<Case> test);
  }

  /** Fits on {@code train} and forecasts {@code test}. */
  default double[] forecast(List<Case> train, List<Case> test, String[] features, long seed) {
    return fit(train, features, seed).forecast(test);
  }
}
