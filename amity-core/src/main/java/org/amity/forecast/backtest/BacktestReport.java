package org.amity.forecast.backtest;

import java.util.List;
import java.util.Map;
import org.amity.forecast.calibrate.PlattScaling;
import org.amity.forecast.score.Bootstrap;
import org.amity.forecast.score.CalibrationTable;

/**
 * The result of one backtest: scores of the model and of each baseline on exactly the same cases,
 * bootstrap intervals (paired: the same resamples for every forecaster), a calibration table (event
 * targets) and the scored forecasts themselves.
 *
 * @param counts true for count targets (scores mae, crps), false for events (brier, auc, ap,
 *     logLoss)
 * @param baselines name to scores; a baseline the target lacks maps to null; a calibrated backtest
 *     adds the model before calibration ("uncalibrated") and, where there is one, the published
 *     forecast as published ("publishedUncalibrated"), "published" then being it recalibrated
 * @param calibrator the calibrator used inside the rolling origin (platt, shift, stable), else
 *     "none"
 * @param calibration reliability of the (scored) model forecasts
 * @param publishedCalibration reliability of the (scored) published forecasts; empty without them
 * @param calibrationMaps the model's calibration map at each scored origin (origin order); empty
 *     when not calibrated
 */
public record BacktestReport(
    String target,
    int horizon,
    boolean counts,
    String model,
    int folds,
    int firstOrigin,
    int lastOrigin,
    int cases,
    double events,
    int dropped,
    Map<String, Double> modelScores,
    Map<String, Map<String, Double>> baselines,
    Map<String, Map<String, Bootstrap.Interval>> intervals,
    String calibrator,
    List<CalibrationTable.Bin> calibration,
    List<CalibrationTable.Bin> publishedCalibration,
    List<Scored> scored,
    Map<Integer, PlattScaling> calibrationMaps) {}
