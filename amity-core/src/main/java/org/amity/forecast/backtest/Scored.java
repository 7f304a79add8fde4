package org.amity.forecast.backtest;

/**
 * One scored case with every forecaster's forecast of it: the model, no change, the base rate, and
 * the published forecast (NaN when the target has none). For count targets {@code noChange} is the
 * last observed count. When the backtest calibrates, {@code model} and {@code published} are the
 * calibrated forecasts and {@code rawModel}, {@code rawPublished} the forecasts before calibration
 * (otherwise they are equal).
 */
public record Scored(
    Case c,
    double outcome,
    double model,
    double noChange,
    double baseRate,
    double published,
    double rawModel,
    double rawPublished) {}
