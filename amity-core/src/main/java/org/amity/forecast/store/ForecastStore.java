package org.amity.forecast.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Live forecasts in the store: each run with its provenance, and per unit the forecast value, its
 * bootstrap interval and its rank, for the dashboard; and, when the run was evaluated, its track
 * record (the rolling-origin backtest of the same target, model and calibration).
 */
public interface ForecastStore {
  /** One stored run. */
  record Run(
      String runId,
      String target,
      String model,
      int origin,
      int horizon,
      String periodKind,
      String valueKind,
      String provenanceJson) {}

  /**
   * One unit's forecast in a run.
   *
   * @param low lower end of the interval, NaN when there is none
   * @param high upper end of the interval, NaN when there is none
   */
  record UnitForecast(
      String unit,
      String name,
      String period,
      int periodYear,
      double value,
      double low,
      double high,
      int rank) {}

  /**
   * A stored run as listed: the run, when it was stored (ISO-8601 UTC, seconds), how many units it
   * forecasts and the (first) period they are about ("2025", "2025-2026", "2019-03"; null without
   * forecasts).
   */
  record Listed(Run run, String createdAt, int units, String period) {}

  /**
   * How a run's model did out of time: the backtest of its target, model and calibration.
   *
   * @param calibrator "platt", "shift", "stable" or "none"
   * @param firstOrigin first backtest origin (a year, or a month index year * 12 + month - 1)
   * @param lastOrigin last backtest origin
   * @param cases scored cases
   * @param events events (incidents for counts) among them
   * @param scores forecaster ("model", "uncalibrated", "baseRate", "noChange", "published", ...) to
   *     score name to value (NaN when undefined), in reporting order
   * @param reliability the reliability bins of the model ("model") and, where there are published
   *     forecasts, of those ("published")
   */
  record Evaluation(
      String calibrator,
      int firstOrigin,
      int lastOrigin,
      int cases,
      double events,
      Map<String, Map<String, Double>> scores,
      List<Reliability> reliability) {
    public Evaluation {
      scores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
      reliability = List.copyOf(reliability);
    }

    /**
     * The model's reliability bin that a forecast of {@code p} falls in ([low, high); the top bin
     * also holds its upper end): how the backtest's forecasts at that level turned out. Empty for
     * count targets, which have no bins, and for a value outside every bin.
     */
    public Optional<Reliability> modelBinOf(double p) {
      Reliability top = null;
      for (Reliability b : reliability) {
        if (!b.forecaster().equals("model")) {
          continue;
        }
        if (p >= b.low() && p < b.high()) {
          return Optional.of(b);
        }
        if (top == null || b.high() > top.high()) {
          top = b;
        }
      }
      return top != null && p == top.high() ? Optional.of(top) : Optional.empty();
    }
  }

  /**
   * One reliability bin: the cases whose forecast fell in [low, high), their mean forecast (NaN for
   * an empty bin) and how many of them saw the event.
   */
  record Reliability(
      String forecaster, double low, double high, int cases, double meanForecast, int events) {
    /** Events over cases; NaN for an empty bin. */
    public double observedRate() {
      return cases == 0 ? Double.NaN : (double) events / cases;
    }
  }

  /** Saves a run and its forecasts in one transaction. */
  void save(Run run, List<UnitForecast> rows);

  /** The most recent run of a target with forecasts for periods starting in {@code year}. */
  Optional<Run> latestRun(String target, int year);

  /**
   * The most recent run of each horizon of a target with forecasts for periods starting in {@code
   * year}, newest first: more than one when runs of several horizons (one-year and two-year EWP
   * forecasts of 2025, say) are stored.
   */
  List<Run> latestRunPerHorizon(String target, int year);

  /** A run's forecasts for periods starting in {@code year}, highest risk first. */
  List<UnitForecast> list(String runId, int year);

  /** Saves (or replaces) a stored run's evaluation in one transaction. */
  void saveEvaluation(String runId, Evaluation evaluation);

  /** A run's evaluation, empty when it was stored without one. */
  Optional<Evaluation> evaluation(String runId);

  /** Every stored run, newest first. */
  List<Listed> runs();

  /** One stored run. */
  Optional<Listed> run(String runId);

  /** All of a run's forecasts, highest first. */
  List<UnitForecast> forecasts(String runId);
}
