package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Collectors;
import org.amity.signal.Resolution;

/**
 * Builds the indicator tables from stored events, all of it or only the days that new events
 * touched. Two steps: events are collapsed into incidents and counted per subject and day ({@code
 * indicator_days}, additive); every series is then rolled up from those days into {@code
 * series_points} at day, week and month resolution, with means and shares derived from sums.
 *
 * <p>Which subjects get series: every country in the watch set (by default the ASEAN members and
 * the outside great powers), the dyads between two of them, the watched sea areas, and the regions
 * ASEAN and WORLD. An event counts for a country when it happened there or that country's actor did
 * it.
 */
final class IndicatorTables {
  /** CAMEO codes that mark humanitarian distress (appeals for, offers and delivery of aid). */
  static final Set<String> HUMANITARIAN_CODES =
      Set.of("0233", "0333", "073", "0863", "1033", "075");

  private IndicatorTables() {}

  /**
   * Recomputes {@code indicator_days} and the derived series for the days in {@code
   * temp.affected_days} (a one-column table of DATE {@code day}) or, when {@code all}, everything.
   */
  static void rebuild(Connection c, Set<String> watchSet, boolean all) throws SQLException {
    String watch = sqlList(watchSet);
    String asean = sqlList(org.amity.event.CountryTable.standard().aseanMembers());
    String dayFilter = all ? "" : " WHERE event_date IN (SELECT day FROM affected_days)";
    String hum = sqlList(org.amity.event.EventKinds.HUMANITARIAN_CODES);
    try (Statement s = c.createStatement()) {
      s.execute(
          all
              ? "DELETE FROM indicator_days"
              : "DELETE FROM indicator_days WHERE day IN (SELECT day FROM affected_days)");
      s.execute(
          "CREATE OR REPLACE TEMP TABLE incident_rows AS SELECT event_date AS day, src_country,"
              + " tgt_country, action_country, sea_area, any_value(quad_class) AS quad,"
              + " bool_or(event_code IN ("
              + hum
              + ") OR src_type1 = 'REF' OR tgt_type1 = 'REF') AS hum, count(*) AS reports,"
              + " sum(goldstein) AS gsum, sum(avg_tone) AS tsum, count(avg_tone) AS tn,"
              + " bool_or(src_country IN ("
              + asean
              + ") OR tgt_country IN ("
              + asean
              + ") OR action_country IN ("
              + asean
              + ")) AS asean FROM events"
              + dayFilter
              + " GROUP BY event_date, src_code, tgt_code, event_code, action_country, src_country,"
              + " tgt_country, sea_area");
      String counts =
          " sum(reports), coalesce(sum(reports) FILTER (quad = 1), 0), coalesce(sum(reports)"
              + " FILTER (quad = 2), 0), coalesce(sum(reports) FILTER (quad = 3), 0),"
              + " coalesce(sum(reports) FILTER (quad = 4), 0), count(*), count(*) FILTER (quad >="
              + " 3), count(*) FILTER (quad = 4), count(*) FILTER (hum), sum(gsum),"
              + " coalesce(sum(tsum), 0), sum(tn)";
      String insert = "INSERT INTO indicator_days SELECT ";
      s.execute(
          insert
              + "'country', subject, day,"
              + counts
              + " FROM (SELECT src_country AS subject, * FROM incident_rows WHERE src_country IN ("
              + watch
              + ") UNION ALL SELECT action_country AS subject, * FROM incident_rows WHERE"
              + " action_country IN ("
              + watch
              + ") AND action_country IS DISTINCT FROM src_country) GROUP BY subject, day");
      s.execute(
          insert
              + "'dyad', src_country || '>' || tgt_country, day,"
              + counts
              + " FROM incident_rows WHERE src_country IN ("
              + watch
              + ") AND tgt_country IN ("
              + watch
              + ") AND src_country <> tgt_country GROUP BY src_country, tgt_country, day");
      s.execute(
          insert
              + "'area', sea_area, day,"
              + counts
              + " FROM incident_rows WHERE sea_area IS NOT NULL GROUP BY sea_area, day");
      s.execute(insert + "'region', 'WORLD', day," + counts + " FROM incident_rows GROUP BY day");
      s.execute(
          insert
              + "'region', 'ASEAN', day,"
              + counts
              + " FROM incident_rows WHERE asean GROUP BY day");
      // undirected dyads: incidents never span directions, so the two directions add up
      s.execute(
          "INSERT INTO indicator_days SELECT 'dyad', least(a, b) || '-' || greatest(a, b), day,"
              + " sum(events), sum(q1), sum(q2), sum(q3), sum(q4), sum(incidents),"
              + " sum(conflict_incidents), sum(mc_incidents), sum(humanitarian_incidents),"
              + " sum(goldstein_sum), sum(tone_sum), sum(tone_n) FROM (SELECT"
              + " split_part(subject, '>', 1) AS a, split_part(subject, '>', 2) AS b, * FROM"
              + " indicator_days WHERE scope = 'dyad' AND contains(subject, '>')"
              + (all ? "" : " AND day IN (SELECT day FROM affected_days)")
              + ") GROUP BY ALL");
      s.execute("DROP TABLE incident_rows");
      for (Resolution r : Resolution.values()) {
        rollUp(s, r, all);
      }
    }
  }

  /** Rebuilds the series points of one resolution for the periods the affected days fall in. */
  private static void rollUp(Statement s, Resolution r, boolean all) throws SQLException {
    String period = "date_trunc('" + r.key() + "', day)::DATE";
    String periods = "(SELECT DISTINCT " + period + " FROM affected_days)";
    s.execute(
        "DELETE FROM series_points WHERE source = 'events' AND resolution = '"
            + r.key()
            + "'"
            + (all ? "" : " AND period IN " + periods));
    String sums =
        "SELECT scope, subject, "
            + period
            + " AS period, sum(events) AS events, sum(q1) AS q1, sum(q2) AS q2, sum(q3) AS q3,"
            + " sum(q4) AS q4, sum(incidents) AS incidents, sum(conflict_incidents) AS"
            + " conflict_incidents, sum(mc_incidents) AS mc_incidents, sum(humanitarian_incidents)"
            + " AS humanitarian_incidents, sum(goldstein_sum) AS goldstein_sum, sum(tone_sum) AS"
            + " tone_sum, sum(tone_n) AS tone_n FROM indicator_days"
            + (all ? "" : " WHERE " + period + " IN " + periods)
            + " GROUP BY ALL";
    s.execute(
        "INSERT INTO series_points SELECT scope, subject, indicator, '"
            + r.key()
            + "', period, value, 'events' FROM (SELECT p.scope, p.subject, p.period,"
            + " p.events::DOUBLE AS events, p.q1::DOUBLE AS q1, p.q2::DOUBLE AS q2, p.q3::DOUBLE"
            + " AS q3, p.q4::DOUBLE AS q4, p.incidents::DOUBLE AS incidents,"
            + " p.conflict_incidents::DOUBLE AS conflict_incidents, p.mc_incidents::DOUBLE AS"
            + " mc_incidents, p.humanitarian_incidents::DOUBLE AS humanitarian_incidents,"
            + " p.goldstein_sum AS goldstein_sum, p.goldstein_sum / p.events AS goldstein_mean,"
            + " CASE WHEN p.tone_n > 0 THEN p.tone_sum / p.tone_n ELSE 0 END AS tone_mean,"
            + " p.q4::DOUBLE / p.events AS mc_share, 1000.0 * p.conflict_incidents /"
            + " w.incidents AS conflict_per_1k_world FROM ("
            + sums
            + ") p JOIN ("
            + sums
            + ") w ON w.scope = 'region' AND w.subject = 'WORLD' AND w.period = p.period)"
            + " UNPIVOT (value FOR indicator IN (events, q1, q2, q3, q4, incidents,"
            + " conflict_incidents, mc_incidents, humanitarian_incidents, goldstein_sum,"
            + " goldstein_mean, tone_mean, mc_share, conflict_per_1k_world))");
  }

  static String sqlList(Set<String> values) {
    return values.stream()
        .sorted()
        .map(v -> "'" + v.replace("'", "''") + "'")
        .collect(Collectors.joining(", "));
  }
}
