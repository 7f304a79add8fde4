-- Amity store, forecasts: a run's track record, so the dashboard can say how far its numbers can
-- be trusted. The rolling-origin backtest of the run's target, model and calibration: its range,
-- the scores of the model and of each baseline on the same cases, and the reliability table (per
-- forecaster: the cases binned by forecast, with the mean forecast and the events in each bin).

CREATE TABLE forecast_evaluations (
  run_id        VARCHAR PRIMARY KEY,
  calibrator    VARCHAR NOT NULL,   -- 'platt', 'shift' or 'none'
  first_origin  INTEGER NOT NULL,   -- year, or month index (year * 12 + month - 1)
  last_origin   INTEGER NOT NULL,
  cases         INTEGER NOT NULL,
  events        DOUBLE NOT NULL     -- events (or incidents, for counts) among the scored cases
);

CREATE TABLE forecast_scores (
  run_id      VARCHAR NOT NULL,
  ordinal     INTEGER NOT NULL,     -- the order the forecasters and scores were reported in
  forecaster  VARCHAR NOT NULL,     -- 'model', 'uncalibrated', 'baseRate', 'noChange', 'published', ...
  score       VARCHAR NOT NULL,     -- 'brier', 'auc', 'ap', 'logLoss' (events); 'mae', 'crps' (counts)
  value       DOUBLE,               -- NULL when the score is undefined (e.g. AUC without an event)
  PRIMARY KEY (run_id, forecaster, score)
);

CREATE TABLE forecast_reliability (
  run_id         VARCHAR NOT NULL,
  forecaster     VARCHAR NOT NULL,  -- 'model' or 'published'
  bin            INTEGER NOT NULL,  -- 0 = the lowest forecasts
  low            DOUBLE NOT NULL,   -- forecasts in [low, high)
  high           DOUBLE NOT NULL,
  cases          INTEGER NOT NULL,
  mean_forecast  DOUBLE,            -- NULL for an empty bin
  events         INTEGER NOT NULL,
  PRIMARY KEY (run_id, forecaster, bin)
);
