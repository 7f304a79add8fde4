/**
 * Honest backtests: cases with their timing rules ({@link org.amity.forecast.backtest.Panel}),
 * rolling-origin expanding-window forecasting ({@link org.amity.forecast.backtest.RollingOrigin})
 * and scoring next to naive baselines on exactly the same cases ({@link
 * org.amity.forecast.backtest.Backtest}).
 */
package org.amity.forecast.backtest;
