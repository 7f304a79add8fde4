package org.amity.forecast.store;

import java.util.List;
import java.util.Optional;

/**
 * Live forecasts in the store: each run with its provenance, and per unit the forecast value, its
 * bootstrap interval and its rank, for the dashboard.
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

  /** Saves a run and its forecasts in one transaction. */
  void save(Run run, List<UnitForecast> rows);

  /** The most recent run of a target with forecasts for periods starting in {@code year}. */
  Optional<Run> latestRun(String target, int year);

  /** A run's forecasts for periods starting in {@code year}, highest risk first. */
  List<UnitForecast> list(String runId, int year);
}
