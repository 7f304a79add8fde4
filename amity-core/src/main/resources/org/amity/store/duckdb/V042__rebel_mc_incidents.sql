-- Material conflict on land with rebels, insurgents or separatists as a side (CAMEO actor types
-- REB, INS, SEP among either side's stored types), per subject and day: an insurgency counted in
-- its country wherever the news places it, which the conflict areas' lenses miss when a report is
-- placed at the country or outside the area's divisions. Older rows get 0; the watch bookmark is
-- dropped so the next watch recomputes every day and the counts are real.
ALTER TABLE indicator_days ADD COLUMN rebel_mc_incidents BIGINT DEFAULT 0;
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
         s.goldstein_sum AS goldstein_sum,
         s.goldstein_sum / s.events AS goldstein_mean,
         CASE WHEN s.tone_n > 0 THEN s.tone_sum / s.tone_n ELSE 0 END AS tone_mean,
         CAST(s.q4 AS DOUBLE) / s.events AS mc_share,
         1000.0 * s.conflict_incidents / w.world_incidents AS conflict_per_1k_world
  FROM sums s JOIN world w ON w.resolution = s.resolution AND w.period = s.period
) UNPIVOT (value FOR indicator IN (events, q1, q2, q3, q4, incidents, conflict_incidents,
  mc_incidents, humanitarian_incidents, coercion_incidents, fatalities, kidnap_incidents, rebel_mc_incidents,
  goldstein_sum,
  goldstein_mean, tone_mean, mc_share, conflict_per_1k_world));
