package org.amity.forecast.backtest;

/**
 * One unit (country, sea area, dyad) at one period, as known at the end of that period.
 *
 * @param unit stable identifier (country code, area key, dyad key)
 * @param name display name
 * @param period the period whose information the features use (a year, or a month index)
 * @param x feature values, or null when a value is missing (the case is then never trained on and
 *     gets no model forecast)
 * @param trainLabel the label the model learns from; NaN when unknown
 * @param outcome what is scored: the event (0/1) or count at {@code period + horizon}; NaN when not
 *     yet observed
 * @param lastState the outcome variable's last observed value at {@code period} (for no-change)
 * @param published a published forecast of the same outcome made from the same period, or NaN
 */
public record Case(
    String unit,
    String name,
    int period,
    double[] x,
    double trainLabel,
    double outcome,
    double lastState,
    double published) {

  public boolean complete() {
    return x != null;
  }
}
