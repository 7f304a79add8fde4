-- Amity store, forecasts: one row per forecast run and one per unit forecast in it, for the
-- dashboard's risk ranking (with uncertainty) and for checking a run against its provenance.

CREATE TABLE forecast_runs (
  run_id       VARCHAR PRIMARY KEY,
  target       VARCHAR NOT NULL,   -- 'ewp', 'ucdp', 'ucdp-war', 'piracy', 'escalation'
  model        VARCHAR NOT NULL,   -- 'logit', 'gbt', 'poisson'
  origin       INTEGER NOT NULL,   -- the last period whose data the forecasts use (year or yyyymm)
  horizon      INTEGER NOT NULL,   -- periods ahead
  period_kind  VARCHAR NOT NULL,   -- 'year' or 'month'
  value_kind   VARCHAR NOT NULL,   -- 'probability' or 'count'
  provenance   VARCHAR NOT NULL,   -- JSON: data file hashes, features, parameters, seed, code version
  created_at   TIMESTAMP NOT NULL
);

CREATE TABLE forecasts (
  run_id       VARCHAR NOT NULL,
  target       VARCHAR NOT NULL,
  unit         VARCHAR NOT NULL,   -- country, sea area or dyad key
  unit_name    VARCHAR NOT NULL,
  period       VARCHAR NOT NULL,   -- what is forecast, e.g. '2025' or '2025-2026' or '2019-03'
  period_year  INTEGER NOT NULL,   -- the calendar year the forecast period starts in
  value        DOUBLE NOT NULL,    -- probability of the event, or expected count
  low          DOUBLE,             -- bootstrap 90% interval of the value
  high         DOUBLE,
  risk_rank    INTEGER NOT NULL,   -- 1 = highest value in the run
  PRIMARY KEY (run_id, unit)
);
