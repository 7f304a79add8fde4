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
          // One pass. Reports collapse into incidents, one per (date, source actor, target actor,
          // code, action country): grouped on the date, the countries, sea area and code as they
          // are (needed below) and a 64-bit hash of the two actor codes (a collision among one
          // day's incidents with the same countries and code is vanishingly unlikely); grouping
          // on them costs far less than carrying them as any_value. What depends on the key alone
          // (humanitarian codes, state coercion, ASEAN membership, the subjects an incident counts
          // for) is judged once per incident. Then one aggregate with grouping sets counts the
          // incidents per subject and day for every scope at once.
          "CREATE OR REPLACE TEMP TABLE indicator_parts AS WITH incident_rows AS (SELECT day,"
              + " sea_area, quad, reports, gsum, tsum, tn, dead, refs OR code IN ("
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
              + ") AS asean, CASE WHEN src_country IN ("
              + watch
              + ") THEN src_country END AS by_source, CASE WHEN action_country IN ("
              + watch
              + ") AND action_country IS DISTINCT FROM src_country THEN action_country END AS"
              + " by_place, CASE WHEN src_country IN ("
              + watch
              + ") AND tgt_country IN ("
              + watch
              + ") AND src_country <> tgt_country THEN src_country || '>' || tgt_country END AS"
              + " dyad FROM (SELECT event_date AS day, src_country, tgt_country, action_country,"
              + " sea_area, event_code AS code, any_value(quad_class) AS quad, bool_or(src_type1 ="
              + " 'REF' OR tgt_type1 = 'REF') AS refs, count(*) AS reports, sum(goldstein) AS gsum,"
              + " sum(avg_tone) AS tsum, count(avg_tone) AS tn, coalesce(sum(fatalities), 0) AS"
              + " dead FROM events"
              + dayFilter
              + " GROUP BY event_date, hash(src_code, tgt_code), src_country, tgt_country,"
              + " action_country, sea_area, event_code)) SELECT grouping(by_source, by_place, dyad,"
              + " sea_area, asean) AS part, by_source, by_place, dyad, sea_area, asean, day,"
              + COUNTS
              + " FROM incident_rows GROUP BY GROUPING SETS ((by_source, day), (by_place, day),"
              + " (dyad, day), (sea_area, day), (asean, day), (day))");
      // grouping() sets a bit, from the left, for each column not grouped on in a part
      String sums =
          " sum(events), sum(q1), sum(q2), sum(q3), sum(q4), sum(incidents),"
              + " sum(conflict_incidents), sum(mc_incidents), sum(humanitarian_incidents),"
              + " sum(goldstein_sum), sum(tone_sum), sum(tone_n), sum(coercion_incidents),"
              + " sum(fatalities), sum(kidnap_incidents)";
      String values =
          " events, q1, q2, q3, q4, incidents, conflict_incidents, mc_incidents,"
              + " humanitarian_incidents, goldstein_sum, tone_sum, tone_n, coercion_incidents,"
              + " fatalities, kidnap_incidents";
      s.execute(
          // a country counts the incidents its actor did and those that happened there by
          // others: two parts that never share an incident, so they add up
          "INSERT INTO indicator_days SELECT 'country', coalesce(by_source, by_place) AS c, day,"
              + sums
              + " FROM indicator_parts WHERE (part = 15 AND by_source IS NOT NULL) OR (part = 23"
              + " AND by_place IS NOT NULL) GROUP BY c, day UNION ALL SELECT 'dyad', dyad, day,"
              + values
              + " FROM indicator_parts WHERE part = 27 AND dyad IS NOT NULL UNION ALL SELECT"
              + " 'dyad', least(split_part(dyad, '>', 1), split_part(dyad, '>', 2)) || '-' ||"
              + " greatest(split_part(dyad, '>', 1), split_part(dyad, '>', 2)) AS u, day,"
              + sums
              // undirected dyads: incidents never span directions, so the two directions add up
              + " FROM indicator_parts WHERE part = 27 AND dyad IS NOT NULL GROUP BY u, day UNION"
              + " ALL SELECT 'area', sea_area, day,"
              + values
              + " FROM indicator_parts WHERE part = 29 AND sea_area IS NOT NULL UNION ALL SELECT"
              + " 'region', 'ASEAN', day,"
              + values
              + " FROM indicator_parts WHERE part = 30 AND asean UNION ALL SELECT 'region',"
              + " 'WORLD', day,"
              + values
              + " FROM indicator_parts WHERE part = 31");
      s.execute("DROP TABLE indicator_parts");
    }
  }

  /** The daily counts of a set of incidents, named as the columns of {@code indicator_days}. */
  private static final String COUNTS =
      " sum(reports) AS events, coalesce(sum(reports) FILTER (quad = 1), 0) AS q1,"
          + " coalesce(sum(reports) FILTER (quad = 2), 0) AS q2, coalesce(sum(reports) FILTER"
          + " (quad = 3), 0) AS q3, coalesce(sum(reports) FILTER (quad = 4), 0) AS q4, count(*) AS"
          + " incidents, count(*) FILTER (quad >= 3) AS conflict_incidents, count(*) FILTER (quad"
          + " = 4) AS mc_incidents, count(*) FILTER (hum) AS humanitarian_incidents, sum(gsum) AS"
          + " goldstein_sum, coalesce(sum(tsum), 0) AS tone_sum, sum(tn) AS tone_n, count(*)"
          + " FILTER (coer) AS coercion_incidents, sum(dead) AS fatalities, count(*) FILTER (kid) AS"
          + " kidnap_incidents";

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
