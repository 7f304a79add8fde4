package org.amity.forecast;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.amity.forecast.backtest.Case;
import org.amity.forecast.backtest.CaseModel;
import org.amity.forecast.backtest.Panel;
import org.amity.forecast.backtest.RollingOrigin;
import org.amity.forecast.score.Bootstrap;
import org.amity.forecast.store.ForecastStore;

/**
 * Forecasts for the future from the latest data: the model learns from every case whose label is
 * complete at the last period, forecasts that period's cases, and refits on bootstrap resamples of
 * the training cases to give each forecast a 90% interval. Ranked, highest first.
 */
public final class LiveForecast {
  private LiveForecast() {}

  /** Forecasts from the panel's last period; {@code resamples} 0 gives no interval. */
  public static List<ForecastStore.UnitForecast> make(
      Panel panel, CaseModel model, long seed, int resamples) {
    int origin = panel.lastPeriod();
    List<Case> train = RollingOrigin.trainingCases(panel, origin);
    List<Case> test =
        panel.cases().stream().filter(c -> c.period() == origin && c.complete()).toList();
    if (train.isEmpty() || test.isEmpty()) {
      throw new IllegalStateException(
          panel.target() + ": nothing to learn from or to forecast at " + origin);
    }
    double[] point = model.forecast(train, test, panel.features(), seed);
    double[][] draws = new double[resamples][];
    Random random = new Random(seed);
    for (int b = 0; b < resamples; b++) {
      List<Case> sample = new ArrayList<>(train.size());
      for (int i = 0; i < train.size(); i++) {
        sample.add(train.get(random.nextInt(train.size())));
      }
      draws[b] = model.forecast(sample, test, panel.features(), seed + b + 1);
    }
    List<ForecastStore.UnitForecast> out = new ArrayList<>();
    Integer[] order = new Integer[test.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(
        order,
        Comparator.comparingDouble((Integer i) -> -point[i])
            .thenComparing(i -> test.get(i).unit()));
    for (int rank = 0; rank < order.length; rank++) {
      int i = order[rank];
      double[] d = new double[resamples];
      for (int b = 0; b < resamples; b++) {
        d[b] = draws[b][i];
      }
      java.util.Arrays.sort(d);
      Case c = test.get(i);
      out.add(
          new ForecastStore.UnitForecast(
              c.unit(),
              c.name(),
              periodLabel(panel, origin),
              periodYear(
                  panel, origin + (panel.periodKind().equals("month") ? panel.trainLag() : 1)),
              point[i],
              resamples == 0 ? Double.NaN : Bootstrap.quantile(d, 0.05),
              resamples == 0 ? Double.NaN : Bootstrap.quantile(d, 0.95),
              rank + 1));
    }
    return out;
  }

  /**
   * What a forecast from {@code origin} is about: "2025", "2025-2026", "2019-03". A live forecast
   * is a probability of the label the model learned, so its span is the training label's.
   */
  public static String periodLabel(Panel panel, int origin) {
    if (panel.periodKind().equals("month")) {
      return Panel.monthLabel(origin + panel.trainLag());
    }
    int first = origin + 1;
    int last = origin + panel.trainLag();
    return first == last ? Integer.toString(first) : first + "-" + last;
  }

  /**
   * What a forecast from {@code origin} is about once calibrated: calibration maps the model's
   * forecasts onto the scored outcome (the event within the horizon), which for EWP's two-year
   * label is a shorter span than the one the model learned.
   */
  public static String outcomeLabel(Panel panel, int origin) {
    if (panel.periodKind().equals("month")) {
      return Panel.monthLabel(origin + panel.horizon());
    }
    int first = origin + 1;
    int last = origin + panel.horizon();
    return first == last ? Integer.toString(first) : first + "-" + last;
  }

  /** The calendar year a period index starts in. */
  public static int periodYear(Panel panel, int period) {
    return panel.periodKind().equals("month") ? period / 12 : period;
  }
}
