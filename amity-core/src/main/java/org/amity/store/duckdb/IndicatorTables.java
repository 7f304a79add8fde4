package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Collectors;

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
    String coercion = coercionSql("code");
    try (Statement s = c.createStatement()) {
      s.execute(
          all
              ? "DELETE FROM indicator_days"
              : "DELETE FROM indicator_days WHERE day IN (SELECT day FROM affected_days)");
      s.execute(
          // One incident per (date, source actor, target actor, code, action country): grouped
          // on the date and a 64-bit hash of the rest, which groups far faster than seven text
          // columns (a collision among a day's incidents is vanishingly unlikely). Countries and
          // code are part of the key, so what depends on them alone (humanitarian codes, state
          // coercion, ASEAN membership) is judged once per incident, after grouping, not once per
          // report.
          "CREATE OR REPLACE TEMP TABLE incident_rows AS SELECT day, src_country, tgt_country,"
              + " action_country, sea_area, quad, code, reports, gsum, tsum, tn, dead, refs OR code IN ("
              + hum
              + ") AS hum, "
              + coercion
              + " AS coer, starts_with(code, '"
              + org.amity.event.EventKinds.ABDUCTION_ROOT
              + "') AS kid, src_country IN ("
              + asean
              + ") OR tgt_country IN ("
              + asean
              + ") OR action_country IN ("
              + asean
              + ") AS asean FROM (SELECT event_date AS day, any_value(src_country) AS src_country,"
              + " any_value(tgt_country) AS tgt_country, any_value(action_country) AS"
              + " action_country, any_value(sea_area) AS sea_area, any_value(quad_class) AS quad,"
              + " any_value(event_code) AS code, bool_or(src_type1 = 'REF' OR tgt_type1 = 'REF')"
              + " AS refs, count(*) AS reports, sum(goldstein) AS gsum, sum(avg_tone) AS tsum,"
              + " count(avg_tone) AS tn, coalesce(sum(fatalities), 0) AS dead FROM events"
              + dayFilter
              + " GROUP BY event_date, hash(src_code, tgt_code, event_code, action_country,"
              + " src_country, tgt_country, sea_area))");
      String counts =
          " sum(reports), coalesce(sum(reports) FILTER (quad = 1), 0), coalesce(sum(reports)"
              + " FILTER (quad = 2), 0), coalesce(sum(reports) FILTER (quad = 3), 0),"
              + " coalesce(sum(reports) FILTER (quad = 4), 0), count(*), count(*) FILTER (quad >="
              + " 3), count(*) FILTER (quad = 4), count(*) FILTER (hum), sum(gsum),"
              + " coalesce(sum(tsum), 0), sum(tn), count(*) FILTER (coer), sum(dead), count(*) FILTER"
              + " (kid)";
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
              + " sum(goldstein_sum), sum(tone_sum), sum(tone_n), sum(coercion_incidents),"
              + " sum(fatalities), sum(kidnap_incidents) FROM"
              + " (SELECT"
              + " split_part(subject, '>', 1) AS a, split_part(subject, '>', 2) AS b, * FROM"
              + " indicator_days WHERE scope = 'dyad' AND contains(subject, '>')"
              + (all ? "" : " AND day IN (SELECT day FROM affected_days)")
              + ") GROUP BY ALL");
      s.execute("DROP TABLE incident_rows");
    }
  }

  /** A SQL condition true when the CAMEO code in {@code column} is state coercion. */
  static String coercionSql(String column) {
    return "("
        + column
        + " IN ("
        + sqlList(org.amity.event.EventKinds.COERCION_CODES)
        + ") OR starts_with("
        + column
        + ", '"
        + org.amity.event.EventKinds.FORCE_POSTURE_ROOT
        + "'))";
  }

  static String sqlList(Set<String> values) {
    return values.stream()
        .sorted()
        .map(v -> "'" + v.replace("'", "''") + "'")
        .collect(Collectors.joining(", "));
  }
}
