/**
 * Calibration of event probabilities: a map from a model's raw probability to one that matches
 * observed frequencies, learned only from forecasts whose outcomes were known when the calibrated
 * forecast was made (the time rule lives in {@link
 * org.amity.forecast.calibrate.RollingCalibration}).
 */
package org.amity.forecast.calibrate;
