-- Seizures and abductions by pirates (CAMEO 171, 1711, 181 by a non-state armed source at sea, by
-- criminals or by gunmen outside a conflict area on land), per subject and day; a sea area's days
-- also count those on its coast (SeaCoasts). The per-report test is stored with each event at
-- ingest (IncidentKeys; the derived columns' fingerprint changes, so every stored row is filled
-- again when the store is next opened). Older day rows get 0; the watch bookmark is dropped so the
-- next watch recomputes every day and the counts are real. A sea area's day may now hold pirates on
-- its coast and no report of its own (events 0): its Goldstein mean and material-conflict share are
-- then 0, as the tone mean is without a tone.
ALTER TABLE events ADD COLUMN pirate BOOLEAN;
ALTER TABLE piracy_twins ADD COLUMN pirate BOOLEAN;
ALTER TABLE indicator_days ADD COLUMN pirate_incidents BIGINT DEFAULT 0;
DELETE FROM watch_state WHERE key = 'ingest_id';

CREATE OR REPLACE VIEW series_derived AS
WITH sums AS (
  SELECT d.scope, d.subject, r.resolution,
         CAST(date_trunc(r.resolution, d.day) AS DATE) AS period,
         sum(d.events) AS events, sum(d.q1) AS q1, sum(d.q2) AS q2, sum(d.q3) AS q3,
         sum(d.q4) AS q4, sum(d.incidents) AS incidents,
         sum(d.conflict_incidents) AS conflict_incidents, sum(d.mc_incidents) AS mc_incidents,
         sum(d.humanitarian_incidents) AS humanitarian_incidents,
         sum(d.coercion_incidents) AS coercion_incidents, sum(d.fatalities) AS fatalities,
         sum(d.kidnap_incidents) AS kidnap_incidents,
         sum(d.rebel_mc_incidents) AS rebel_mc_incidents,
         sum(d.pirate_incidents) AS pirate_incidents,
         sum(d.goldstein_sum) AS goldstein_sum, sum(d.tone_sum) AS tone_sum,
         sum(d.tone_n) AS tone_n
  FROM indicator_days d, (VALUES ('day'), ('week'), ('month')) r(resolution)
  GROUP BY ALL
),
world AS (
  SELECT resolution, period, incidents AS world_incidents FROM sums
  WHERE scope = 'region' AND subject = 'WORLD'
)
SELECT scope, subject, indicator, resolution, period, value, 'events' AS source
FROM (
  SELECT s.scope, s.subject, s.resolution, s.period,
         CAST(s.events AS DOUBLE) AS events, CAST(s.q1 AS DOUBLE) AS q1,
         CAST(s.q2 AS DOUBLE) AS q2, CAST(s.q3 AS DOUBLE) AS q3, CAST(s.q4 AS DOUBLE) AS q4,
         CAST(s.incidents AS DOUBLE) AS incidents,
         CAST(s.conflict_incidents AS DOUBLE) AS conflict_incidents,
         CAST(s.mc_incidents AS DOUBLE) AS mc_incidents,
         CAST(s.humanitarian_incidents AS DOUBLE) AS humanitarian_incidents,
         CAST(s.coercion_incidents AS DOUBLE) AS coercion_incidents,
         CAST(s.fatalities AS DOUBLE) AS fatalities,
         CAST(s.kidnap_incidents AS DOUBLE) AS kidnap_incidents,
         CAST(s.rebel_mc_incidents AS DOUBLE) AS rebel_mc_incidents,
         CAST(s.pirate_incidents AS DOUBLE) AS pirate_incidents,
         s.goldstein_sum AS goldstein_sum,
         CASE WHEN s.events > 0 THEN s.goldstein_sum / s.events ELSE 0 END AS goldstein_mean,
         CASE WHEN s.tone_n > 0 THEN s.tone_sum / s.tone_n ELSE 0 END AS tone_mean,
         CASE WHEN s.events > 0 THEN CAST(s.q4 AS DOUBLE) / s.events ELSE 0 END AS mc_share,
         1000.0 * s.conflict_incidents / w.world_incidents AS conflict_per_1k_world
  FROM sums s JOIN world w ON w.resolution = s.resolution AND w.period = s.period
) UNPIVOT (value FOR indicator IN (events, q1, q2, q3, q4, incidents, conflict_incidents,
  mc_incidents, humanitarian_incidents, coercion_incidents, fatalities, kidnap_incidents, rebel_mc_incidents, pirate_incidents,
  goldstein_sum,
  goldstein_mean, tone_mean, mc_share, conflict_per_1k_world));
