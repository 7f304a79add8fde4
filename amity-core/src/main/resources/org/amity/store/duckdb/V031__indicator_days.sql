-- Daily indicator counts, the additive base from which every series is rolled up. One row per
-- subject and day with at least one event; incidents are news reports collapsed on (date, source
-- actor, target actor, CAMEO code, action country).
CREATE TABLE indicator_days (
  scope                   VARCHAR NOT NULL,
  subject                 VARCHAR NOT NULL,
  day                     DATE NOT NULL,
  events                  BIGINT NOT NULL,
  q1                      BIGINT NOT NULL,
  q2                      BIGINT NOT NULL,
  q3                      BIGINT NOT NULL,
  q4                      BIGINT NOT NULL,
  incidents               BIGINT NOT NULL,
  conflict_incidents      BIGINT NOT NULL,
  mc_incidents            BIGINT NOT NULL,
  humanitarian_incidents  BIGINT NOT NULL,
  goldstein_sum           DOUBLE NOT NULL,
  tone_sum                DOUBLE NOT NULL,
  tone_n                  BIGINT NOT NULL
);

-- What an alert's evidence is about, kept so situations can be summarised without re-reading
-- events: themes (JSON array), and the shares of its evidence at sea and of humanitarian kind.
ALTER TABLE alerts ADD COLUMN themes VARCHAR DEFAULT '[]';
ALTER TABLE alerts ADD COLUMN maritime_share DOUBLE DEFAULT 0;
ALTER TABLE alerts ADD COLUMN humanitarian_share DOUBLE DEFAULT 0;
