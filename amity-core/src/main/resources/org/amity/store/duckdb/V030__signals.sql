-- Amity store: early-warning signals (indicator series, alerts with evidence, situations).

-- Indicator values, long format. scope: 'country' (subject 'THA'), 'dyad' (subject 'CHN-VNM',
-- the two ISO3 codes sorted; direction kept in the indicator name where it matters), 'area'
-- (a sea area such as 'SULU_CELEBES'), 'region' ('ASEAN', 'WORLD'). resolution: day, week, month;
-- period is the first day of the period (weeks start on Monday).
-- source: 'events' when derived from stored events, 'import:<file>' for imported aggregates.
CREATE TABLE series_points (
  scope       VARCHAR NOT NULL,
  subject     VARCHAR NOT NULL,
  indicator   VARCHAR NOT NULL,
  resolution  VARCHAR NOT NULL,
  period      DATE NOT NULL,
  value       DOUBLE NOT NULL,
  source      VARCHAR NOT NULL
);

CREATE SEQUENCE situation_id_seq START 1;
CREATE SEQUENCE alert_id_seq START 1;

-- A developing situation: related alerts on the same country or dyad with overlapping periods.
CREATE TABLE situations (
  id                   INTEGER PRIMARY KEY,
  scope                VARCHAR NOT NULL,
  subject              VARCHAR NOT NULL,
  title                VARCHAR NOT NULL,
  level                VARCHAR NOT NULL,   -- watch < warning < alert (highest open alert)
  status               VARCHAR NOT NULL,   -- open, closed
  opened               DATE NOT NULL,
  updated              DATE NOT NULL,
  closed               DATE,
  parties              VARCHAR NOT NULL,   -- JSON array of ISO3
  threat_types         VARCHAR NOT NULL,   -- JSON object {"inter-state":0.7,"intra-state":0.3}
  domain               VARCHAR,            -- maritime, land
  stage                VARCHAR,            -- latent, emerging, crisis, post-crisis
  great_power_party    BOOLEAN NOT NULL,
  outside_power_share  DOUBLE NOT NULL,
  humanitarian         BOOLEAN NOT NULL,
  themes               VARCHAR NOT NULL    -- JSON array
);

-- An alert on one indicator series. Lifecycle: opened, updated while it stays raised, closed.
CREATE TABLE alerts (
  id                   INTEGER PRIMARY KEY,
  situation_id         INTEGER,
  scope                VARCHAR NOT NULL,
  subject              VARCHAR NOT NULL,
  indicator            VARCHAR NOT NULL,
  resolution           VARCHAR NOT NULL,
  level                VARCHAR NOT NULL,
  peak_level           VARCHAR NOT NULL,
  status               VARCHAR NOT NULL,
  opened               DATE NOT NULL,
  updated              DATE NOT NULL,
  closed               DATE,
  period_start         DATE NOT NULL,
  period_end           DATE NOT NULL,
  value                DOUBLE NOT NULL,
  baseline             DOUBLE NOT NULL,
  score                DOUBLE NOT NULL,
  detector             VARCHAR NOT NULL,   -- which detector raised it (robust-z, cusum)
  threat_types         VARCHAR NOT NULL,   -- JSON object of shares
  great_power_party    BOOLEAN NOT NULL,
  outside_power_share  DOUBLE NOT NULL
);

-- The events that explain an alert, strongest contribution first.
CREATE TABLE alert_evidence (
  alert_id     INTEGER NOT NULL,
  rank         INTEGER NOT NULL,
  dataset      VARCHAR NOT NULL,
  native_id    VARCHAR NOT NULL,
  event_date   DATE NOT NULL,
  source       VARCHAR,
  target       VARCHAR,
  code         VARCHAR NOT NULL,
  goldstein    DOUBLE NOT NULL,
  reports      INTEGER NOT NULL,
  url          VARCHAR
);

-- Bookkeeping for incremental recomputation: the last ingest folded into the series.
CREATE TABLE watch_state (
  key    VARCHAR PRIMARY KEY,
  value  VARCHAR NOT NULL
);
