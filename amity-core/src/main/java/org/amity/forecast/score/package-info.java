/**
 * Scoring forecasts against what happened: proper scores (Brier, log loss, CRPS), ranking scores
 * (ROC AUC, average precision), calibration tables and bootstrap intervals.
 */
package org.amity.forecast.score;
