package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.amity.event.ConflictArea;
import org.amity.event.Dataset;
import org.amity.event.EventKinds;
import org.amity.event.SeaArea;
import org.amity.event.SeaCoasts;
import org.amity.signal.daily.DayCounts;
import org.amity.signal.daily.PositionedRecords;

/**
 * Builds the indicator tables from stored events, all of it or only the days that new events
 * touched. Two steps: events are collapsed into incidents and counted per subject and day ({@code
 * indicator_days}, additive); every series is then rolled up from those days into {@code
 * series_points} at day, week and month resolution, with means and shares derived from sums.
 *
 * <p>Which subjects get series: every country in the watch set (by default the ASEAN members and
 * the outside great powers), the dyads between two of them, the watched sea areas, and the regions
 * ASEAN and WORLD. An event counts for a country when it happened there or that country's actor did
 * it; at sea (the event has a sea area), where it happened counts only when the country is also the
 * target; aid given abroad (a humanitarian code with a known place other than the source's country)
 * counts for the place and not for the source; all as in {@code signal.daily.IncidentSubjects}.
 *
 * <p>How, for speed over millions of reports: what an incident counts for depends on its key alone,
 * so each report carries it as one number, its <em>profile</em> (see {@link Profile}): the source,
 * action and target countries' places in the watch list, the sea area's place among the stored sea
 * areas, and whether the code is humanitarian, state coercion or an abduction. Reports are grouped
 * into incidents on the date, a 64-bit hash of the key and the profile (a narrow key: the text of
 * the key never enters the large aggregate; a group is one incident, or as many as the most records
 * one dataset that records incidents holds in it, {@link #incidentsSql}), the incidents are counted
 * per day and profile, the reports' sums are added per day and profile apart (they need no
 * incidents), and every subject's day is then a sum over that small table of cells.
 */
final class IndicatorTables {
  private IndicatorTables() {}

  /**
   * Recomputes {@code indicator_days} and the derived series for the days in {@code
   * temp.affected_days} (a one-column table of DATE {@code day}) or, when {@code all}, everything.
   */
  static void rebuild(Connection c, Set<String> watchSet, boolean theatres, boolean all)
      throws SQLException {
    StepClock clock = new StepClock();
    try (Statement s = c.createStatement()) {
      s.execute(
          all
              ? "DELETE FROM indicator_days"
              : "DELETE FROM indicator_days WHERE day IN (SELECT day FROM affected_days)");
      // the passes below read the events: all of them, or the affected days' copied once (a
      // few thousand rows, where each pass would otherwise scan the whole table for them)
      clock.mark("indicators: delete");
      // the spread dead of records dated by a range, for the days being rebuilt (from the whole
      // table: a ranged record whose first day is not rebuilt still adds to the days that are)
      boolean ranged = deathDays(s, all);
      clock.mark("indicators: spread dead");
      String events = "events";
      Profile p;
      if (all) {
        IncidentKeys.fillMissing(s);
        clock.mark("indicators: unkeyed rows");
        p = profile(s, watchSet, events);
      } else {
        // the sea areas read from the affected days' rows in place (two narrow columns), so that
        // the copy below knows which columns the passes will read
        p =
            profile(
                s,
                watchSet,
                "(SELECT sea_area FROM events WHERE event_date IN (SELECT day FROM affected_days))");
        s.execute(
            "CREATE OR REPLACE TEMP TABLE indicator_events AS SELECT "
                + copiedColumns(c, s, p, ranged)
                + " FROM events"
                + " WHERE event_date IN (SELECT day FROM affected_days)");
        events = "indicator_events";
      }
      clock.mark("indicators: sea areas");
      // the dead settled per place only where a recorder that counts them has records read
      boolean deaths = ranged || countsDead(s, events);
      if (IncidentKeys.canDecode(p.countries(), p.seas())) {
        fromClasses(s, p, events, ranged, deaths);
      } else {
        fromRows(s, p, events, ranged, deaths);
      }
      clock.mark("indicators: cells and sums");
      // a day and profile may have sums and no incidents: the spread dead of a ranged record
      String cells =
          "(SELECT day, "
              + p.decode()
              + ", "
              + String.join(", ", DayCounts.COLUMNS)
              + deathLaneColumns(deaths)
              + " FROM (SELECT coalesce(c.day, u.day) AS day, coalesce(c.p, u.p) AS p, "
              + DayCounts.COLUMNS.stream()
                  .map(col -> "coalesce(" + col + ", 0) AS " + col)
                  .collect(Collectors.joining(", "))
              + deathLaneColumns(deaths)
              + " FROM indicator_cells c FULL JOIN indicator_sums u ON c.day = u.day AND c.p ="
              + " u.p))";
      s.execute(
          // a country counts the incidents its actor did (less aid it gave abroad) and those that
          // happened there by others (never one incident twice); a dyad A>B those of A's actors
          // against B's, A-B both directions; a sea area those in it; ASEAN those with a member as
          // a side or the place.
          // The cells are joined and decoded once (MATERIALIZED), not once per subject kind.
          "INSERT INTO indicator_days WITH c AS MATERIALIZED "
              + cells
              + " "
              // a country's deaths-counting reports are those placed in it (IncidentSubjects
              // #countsFor): the source's country counts them only when it is also the place
              + subjectDays(
                  "'country'",
                  "country",
                  "(SELECT src_name AS country, CASE WHEN act = src THEN death_reports ELSE 0"
                      + " END AS placed_death_reports, * FROM c WHERE src > 0 AND NOT abroad_aid"
                      + " UNION ALL SELECT act_name, death_reports, * FROM c WHERE act > 0 AND"
                      + " act <> src AND (sea = 0 OR act = tgt))",
                  "true",
                  "placed_death_reports",
                  deaths)
              + " UNION ALL "
              + subjectDays(
                  "'dyad'",
                  "src_name || '>' || tgt_name",
                  "c",
                  "src > 0 AND tgt > 0 AND src <> tgt",
                  "death_reports",
                  deaths)
              + " UNION ALL "
              + subjectDays(
                  "'dyad'",
                  "least(src_name, tgt_name) || '-' || greatest(src_name, tgt_name)",
                  "c",
                  "src > 0 AND tgt > 0 AND src <> tgt",
                  "death_reports",
                  deaths)
              + " UNION ALL "
              + subjectDays("'area'", "sea_name", "c", "sea > 0", "death_reports", deaths)
              + " UNION ALL "
              + subjectDays("'region'", "'ASEAN'", "c", "asean", "death_reports", deaths)
              + " UNION ALL "
              + subjectDays("'region'", "'WORLD'", "c", "true", "death_reports", deaths));
      clock.mark("indicators: insert");
      if (theatres) {
        s.execute(theatreDays(events, ranged ? "death_days" : null, deaths));
        clock.mark("indicators: conflict areas");
      }
      coastDays(s, events);
      clock.mark("indicators: sea coasts");
      s.execute("DROP TABLE indicator_cells");
      s.execute("DROP TABLE indicator_sums");
      s.execute("DROP TABLE IF EXISTS indicator_events");
      s.execute("DROP TABLE IF EXISTS death_days");
    }
  }

  /**
   * The columns the sums over reports read ({@code indicator_sums}), as {@link #sumsFrom} gives
   * them: the profile's, the recorder's, the sums' and the derived key columns.
   */
  private static String sumColumns() {
    return "dataset, native_id, src_code, tgt_code, event_code, action_country, src_country,"
        + " tgt_country, sea_area, quad_class, src_type1, tgt_type1, goldstein, avg_tone,"
        + " fatalities, action_adm1, action_precision, "
        + IncidentKeys.names();
  }

  /**
   * The temporary table {@code death_days}: the dead of every record dated by a range ({@code
   * date_end} after {@code event_date}: UCDP GED's ranges, {@code org.amity.event.Fatalities
   * #spread}) as one row a day of its range, {@code event_date} that day and {@code fatalities} its
   * share (day i of n: floor((i+1)·best/n) − floor(i·best/n)), Goldstein 0 and no tone, so that the
   * sums read it beside the reports ({@link #sumsFrom}) and the record's own row counts no dead.
   * Only the days being rebuilt ({@code affected_days}, unless {@code all}): a ranged record stored
   * before the new ingests adds to a rebuilt day of its range, and the watch marks the days of a
   * new record's range as affected ({@code SignalSeries#markAffectedDays}). Returns false, and
   * builds no table, when no stored record is dated by a range.
   */
  private static boolean deathDays(Statement s, boolean all) throws SQLException {
    // a store without any ranged record (no GED, or filled before V007) reads as before, without
    // the spread's union and test of date_end in the sums (a check the row groups' statistics
    // answer)
    try (ResultSet rs =
        s.executeQuery("SELECT EXISTS (SELECT 1 FROM events WHERE date_end IS NOT NULL)")) {
      rs.next();
      if (!rs.getBoolean(1)) {
        return false;
      }
    }
    String overlap = "";
    if (!all) {
      // the affected days' bounds as constants: a scalar subquery in the filter made DuckDB test
      // every stored row (1.5 s of CPU over 10M events), constants let it skip whole row groups
      // by their min and max of date_end (NULL for all but the ranged records)
      try (ResultSet rs = s.executeQuery("SELECT min(day), max(day) FROM affected_days")) {
        rs.next();
        java.sql.Date first = rs.getDate(1);
        java.sql.Date last = rs.getDate(2);
        overlap =
            first == null
                ? " AND false"
                : " AND date_end >= DATE '" + first + "' AND event_date <= DATE '" + last + "'";
      }
    }
    s.execute(
        "CREATE OR REPLACE TEMP TABLE death_days AS SELECT event_date, "
            + sumColumns()
            + " FROM (SELECT first_day + i::INTEGER AS event_date, * EXCLUDE (first_day, i, n,"
            + " best) REPLACE (0.0::DOUBLE AS goldstein, NULL::DOUBLE AS avg_tone), ((i + 1) *"
            + " best) // n - (i * best) // n AS fatalities FROM (SELECT event_date AS first_day,"
            + " * EXCLUDE (event_date, fatalities), fatalities::BIGINT AS best, datediff('day',"
            + " event_date, date_end) + 1 AS n, unnest(range(datediff('day', event_date,"
            + " date_end) + 1)) AS i FROM (SELECT event_date, date_end, "
            + sumColumns().replace(IncidentKeys.names(), IncidentKeys.orComputed())
            + " FROM events WHERE date_end > event_date AND fatalities IS NOT NULL"
            + overlap
            + ")))"
            + (all ? "" : " WHERE event_date IN (SELECT day FROM affected_days)"));
    return true;
  }

  /**
   * The reports of {@code events} for the sums, their dead those of their own day (a record dated
   * by a range counts none here), and the spread dead of {@code death_days} ({@link #deathDays}).
   */
  private static String sumsFrom(String events, boolean ranged) {
    if (!ranged) {
      return events;
    }
    return "(SELECT event_date, "
        + sumColumns()
            .replace(
                " fatalities,",
                " CASE WHEN date_end > event_date THEN NULL ELSE fatalities END AS"
                    + " fatalities,")
        + " FROM "
        + events
        + " UNION ALL SELECT event_date, "
        + sumColumns()
        + " FROM death_days)";
  }

  /**
   * The rows of one kind of subject ({@code scope}, a SQL literal) from the decoded cells in {@code
   * from} where {@code where}: every column summed per subject ({@code subject}, a SQL expression)
   * and day, the reports that count the dead read from column {@code deathReports}, and the dead
   * settled per place ({@code signal.daily.DayCounts#settled}): for each action country of the
   * subject's day (the watched ones each, every other together, as {@code act} holds them), the
   * most any one recorder that counts the dead gave there, summed over the places. Without {@code
   * deaths} (no record of such a recorder among the events read, {@link #countsDead}) the dead are
   * their plain sum, and every column is summed per subject and day at once.
   */
  private static String subjectDays(
      String scope,
      String subject,
      String from,
      String where,
      String deathReports,
      boolean deaths) {
    String inner =
        DayCounts.COLUMNS.stream()
            .map(
                column ->
                    (column.equals("death_reports")
                            ? "sum(" + deathReports + ")"
                            : sumOf(column, "fatalities", "dead_", deaths))
                        + " AS "
                        + column)
            .collect(Collectors.joining(", "));
    if (!deaths) {
      // no recorder's lanes: the dead are the plain sum, so no sums per place are needed
      return "SELECT "
          + scope
          + ", "
          + subject
          + " AS s, day, "
          + inner
          + " FROM "
          + from
          + " WHERE "
          + where
          + " GROUP BY s, day";
    }
    String outer =
        DayCounts.COLUMNS.stream().map(c -> "sum(" + c + ")").collect(Collectors.joining(", "));
    return "SELECT "
        + scope
        + ", s, day, "
        + outer
        + " FROM (SELECT "
        + subject
        + " AS s, day, act AS place, "
        + inner
        + " FROM "
        + from
        + " WHERE "
        + where
        + " GROUP BY s, day, place) GROUP BY s, day";
  }

  /**
   * Incidents counted per day and profile ({@code indicator_cells}) and reports' sums per day and
   * profile ({@code indicator_sums}) from the classes stored with the events: reports are grouped
   * on stored integers (day, key hash, class), and the profile is worked out once per distinct
   * class.
   */
  private static void fromClasses(
      Statement s, Profile p, String events, boolean ranged, boolean deaths) throws SQLException {
    s.execute(
        "CREATE OR REPLACE TEMP TABLE incident_classes AS SELECT DISTINCT incident_class AS k FROM "
            + events
            + (ranged ? " UNION SELECT incident_class FROM death_days" : ""));
    s.execute("CREATE OR REPLACE TEMP TABLE incident_profiles AS SELECT * FROM " + p.fromClass());
    // one incident per (date, key hash, class): the class is the key's too, so it adds no groups
    // (a hash collision could only merge two incidents of one day with the same class, vanishingly
    // unlikely); its QuadClass is any report's (they agree: one CAMEO code)
    s.execute(
        cells(
            p,
            "(SELECT event_date AS day, incident_class AS k, count(*) AS reports,"
                + " any_value(quad_class) AS quad, bool_or(src_type1 = 'REF' OR tgt_type1 = 'REF') AS refs,"
                + REPORT_FLAGS
                + " FROM "
                + events
                + " GROUP BY event_date, incident_hash, incident_class) JOIN"
                + " incident_profiles USING (k)"));
    // what is summed over reports needs no incidents: per day and profile, each report's profile
    // found by its class in the small table (a join, cheaper than a group per day and class)
    s.execute(
        "CREATE OR REPLACE TEMP TABLE indicator_sums AS SELECT event_date AS day, p & "
            + p.subjectMask()
            + " AS p, sum(goldstein) AS goldstein_sum, coalesce(sum(avg_tone), 0) AS tone_sum,"
            + " count(avg_tone) AS tone_n, coalesce(sum(fatalities), 0) AS fatalities,"
            + " count(fatalities) AS death_reports"
            + deathLanes("dead_", deaths)
            + " FROM "
            + sumsFrom(events, ranged)
            + " JOIN incident_profiles ON k = incident_class GROUP BY event_date, p & "
            + p.subjectMask());
    s.execute("DROP TABLE incident_profiles");
    s.execute("DROP TABLE incident_classes");
  }

  /**
   * The same tables with the profile worked out for every report: for watched countries or sea
   * areas a class cannot stand for (see {@link IncidentKeys#canDecode}).
   */
  private static void fromRows(
      Statement s, Profile p, String events, boolean ranged, boolean deaths) throws SQLException {
    s.execute(
        cells(
            p,
            "(SELECT event_date AS day, "
                + p.full()
                + " AS p, count(*) AS reports, any_value(quad_class) AS quad, bool_or(src_type1 ="
                + " 'REF' OR tgt_type1 = 'REF') AS refs,"
                + REPORT_FLAGS
                + " FROM "
                + events
                + " GROUP BY event_date, hash(src_code, tgt_code, event_code, action_country,"
                + " src_country, tgt_country, sea_area), p)"));
    s.execute(
        "CREATE OR REPLACE TEMP TABLE indicator_sums AS SELECT event_date AS day, "
            + p.subjects()
            + " AS p, sum(goldstein) AS goldstein_sum, coalesce(sum(avg_tone), 0) AS tone_sum,"
            + " count(avg_tone) AS tone_n, coalesce(sum(fatalities), 0) AS fatalities,"
            + " count(fatalities) AS death_reports"
            + deathLanes("dead_", deaths)
            + " FROM "
            + sumsFrom(events, ranged)
            + " GROUP BY ALL");
  }

  /**
   * An incident's columns {@code rebel_mc} and {@code pirate}, as {@code signal.daily.Incident}
   * judges them ({@code rebelMaterialConflict}, {@code pirates}): true when any report's verdict
   * is, each report's verdict stored with it at ingest ({@link IncidentKeys}: {@link
   * #rebelMaterialConflictSql}, {@link #piracySql}). QuadClass and sea area are the same in every
   * report of an incident (one CAMEO code; the sea area is part of the key), so any report's
   * verdict on them is the incident's.
   */
  private static final String REPORT_FLAGS =
      " bool_or(rebel_mc) AS rebel_mc, bool_or(pirate) AS pirate, " + incidentsSql() + " AS n";

  /**
   * A SQL aggregate over the reports of one incident key and day: how many incidents they are
   * ({@code signal.daily.Incident#count}), the most records any one recorder of one incident per
   * record ({@link Dataset#recorders}: a dataset, or one of its files) holds among them, at least
   * 1, or more when records of two piracy files lie far apart ({@link PositionedRecords#countSql}).
   */
  static String incidentsSql() {
    StringBuilder out = new StringBuilder("greatest(1");
    for (int i = 0; i < Dataset.recorders().size(); i++) {
      out.append(", ").append(recorderCount(i));
    }
    out.append(", ").append(PositionedRecords.countSql(IndicatorTables::recorderCount));
    return out.append(")").toString();
  }

  /** How many of a group's rows the recorder at {@code lane} of {@link Dataset#recorders} holds. */
  private static String recorderCount(int lane) {
    return "count(*) FILTER (" + recorderTest(Dataset.recorders().get(lane)) + ")";
  }

  /** A SQL condition true when a report is {@code r}'s ({@link Dataset.Recorder#records}). */
  private static String recorderTest(Dataset.Recorder r) {
    StringBuilder out = new StringBuilder("dataset = '");
    out.append(r.dataset().replace("'", "''")).append("'");
    if (r.prefix() != null) {
      out.append(" AND starts_with(native_id, '").append(r.prefix().replace("'", "''"));
      out.append("')");
    }
    return out.toString();
  }

  /**
   * Per recorder that counts the dead ({@link Dataset#deathRecorders}), the sum of its reports'
   * dead in a group, as columns {@code prefix}0, 1, ... after a comma each ({@code
   * signal.daily.Incident#deathsBy}); none without {@code deaths}.
   */
  private static String deathLanes(String prefix, boolean deaths) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; deaths && i < Dataset.deathRecorders().size(); i++) {
      out.append(", coalesce(sum(fatalities) FILTER (");
      out.append(recorderTest(Dataset.deathRecorders().get(i)));
      out.append("), 0) AS ").append(prefix).append(i);
    }
    return out.toString();
  }

  /** The columns of {@link #deathLanes} named {@code dead_}, after a comma each (none without). */
  private static String deathLaneColumns(boolean deaths) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; deaths && i < Dataset.deathRecorders().size(); i++) {
      out.append(", dead_").append(i);
    }
    return out.toString();
  }

  /**
   * The SQL sum of {@code column} over a subject's day; for the dead ({@code fatalities}, summed
   * from {@code fatalities} with the recorders' parts in {@code lanes}0, 1, ...) the day's settled
   * count ({@code signal.daily.DayCounts#settled}): the most any one recorder that counts the dead
   * gave, plus the dead of datasets not declared as counting them; without {@code deaths} (no
   * lanes) their plain sum.
   */
  private static String sumOf(String column, String fatalities, String lanes, boolean deaths) {
    if (!column.equals("fatalities")) {
      return "sum(" + column + ")";
    }
    int n = deaths ? Dataset.deathRecorders().size() : 0;
    if (n == 0) {
      return "sum(" + fatalities + ")";
    }
    List<String> each = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      each.add("sum(" + lanes + i + ")");
    }
    return "(sum("
        + fatalities
        + ") - ("
        + String.join(" + ", each)
        + ") + greatest(0, "
        + String.join(", ", each)
        + "))";
  }

  /**
   * A SQL condition true when one report is material conflict on land with rebels, insurgents or
   * separatists among a side's stored types ({@code signal.daily.Incident#rebelMaterialConflict} on
   * the single report); never NULL.
   */
  static String rebelMaterialConflictSql() {
    return "(quad_class = 4 AND sea_area IS NULL AND "
        + typeIn(List.of("src", "tgt"), EventKinds.REBEL_TYPES)
        + ")";
  }

  /**
   * Incidents ({@code incidents}: day, whole profile p, reports, quad, refs, rebel_mc, pirate) per
   * day and profile.
   */
  private static String cells(Profile p, String incidents) {
    return "CREATE OR REPLACE TEMP TABLE indicator_cells AS SELECT day, p & "
        + p.subjectMask()
        + " AS p, "
        + incidentCounts(p::flag)
        + " FROM "
        + incidents
        + " GROUP BY day, p & "
        + p.subjectMask();
  }

  /**
   * A group of incident keys' rows (reports, quad, refs, rebel_mc, pirate, and n, the incidents the
   * key's reports are: {@link #incidentsSql}) counted into the incident columns of a day (events,
   * q1-q4 and the incident counts of {@link DayCounts#COLUMNS}), each named as its column; {@code
   * flag} gives the SQL test of a code flag ({@link Profile#HUMANITARIAN}, {@link
   * Profile#COERCION}, {@link Profile#KIDNAP}) on an incident's row.
   */
  private static String incidentCounts(java.util.function.IntFunction<String> flag) {
    return "sum(reports) AS events, coalesce(sum(reports) FILTER (quad = 1), 0) AS q1,"
        + " coalesce(sum(reports) FILTER (quad = 2), 0) AS q2, coalesce(sum(reports) FILTER"
        + " (quad = 3), 0) AS q3, coalesce(sum(reports) FILTER (quad = 4), 0) AS q4, "
        + incidents("true")
        + " AS incidents, "
        + incidents("quad >= 3")
        + " AS conflict_incidents, "
        + incidents("quad = 4")
        + " AS mc_incidents, "
        + incidents("refs OR " + flag.apply(Profile.HUMANITARIAN))
        + " AS humanitarian_incidents, "
        + incidents(flag.apply(Profile.COERCION))
        + " AS coercion_incidents, "
        + incidents(flag.apply(Profile.KIDNAP))
        + " AS kidnap_incidents, "
        + incidents("rebel_mc")
        + " AS rebel_mc_incidents, "
        + incidents("pirate")
        + " AS pirate_incidents";
  }

  /** The incidents ({@code n} of each row of an incident key) of the rows where {@code where}. */
  private static String incidents(String where) {
    return "coalesce(sum(n) FILTER (" + where + "), 0)::BIGINT";
  }

  /**
   * The conflict areas' days (scope theatre, {@link ConflictArea}): the reports whose action place
   * is one of an area's divisions, known to the division or better, grouped into incidents per day,
   * area and key hash (the division tested first and alone, the precision only in the reports it
   * keeps: a filter on one column is the cheap scan), then counted per area and day as {@code
   * signal.daily.DailyIndicators} counts them (an incident's kinds from its CAMEO code,
   * humanitarian also when a report names refugees). The dead of records dated by a range come from
   * {@code deathDays} (the table {@link #deathDays} builds), null when no record is ranged.
   */
  static String theatreDays(String events, String deathDays, boolean deaths) {
    String area = conflictArea("action_adm1", "action_precision", "action_country");
    Set<String> keys = new TreeSet<>();
    for (ConflictArea a : ConflictArea.values()) {
      keys.addAll(a.divisionKeys());
    }
    return "INSERT INTO indicator_days SELECT 'theatre', area, day, "
        + String.join(", ", DayCounts.COLUMNS)
        + " FROM (SELECT area, day, "
        // f holds the incident's code flags at bit Profile.HUMANITARIAN, COERCION and KIDNAP
        + incidentCounts(which -> "(f >> " + which + ") & 1 = 1")
        + ", sum(g) AS goldstein_sum, sum(t) AS tone_sum, sum(tn) AS tone_n, "
        + sumOf("fatalities", "fat", "fat_", deaths)
        + " AS fatalities, sum(dr) AS death_reports"
        + " FROM (SELECT event_date AS day, "
        + area
        + " AS area, count(*) AS reports, any_value(quad_class) AS quad, bool_or(src_type1 ="
        + " 'REF' OR tgt_type1 = 'REF') AS refs,"
        + REPORT_FLAGS
        + ", any_value("
        + Profile.codeFlags(1)
        + ") AS f, sum(goldstein) AS g, coalesce(sum(avg_tone), 0) AS t, count(avg_tone) AS tn,"
        + " coalesce(sum(fatalities), 0) AS fat, count(fatalities) AS dr"
        + deathLanes("fat_", deaths)
        + " FROM "
        + (deathDays == null
            ? events
            : "(SELECT * REPLACE (CASE WHEN date_end > event_date THEN NULL ELSE fatalities END"
                + " AS fatalities) FROM "
                + events
                + ")")
        + " WHERE "
        + anyOf("action_adm1", keys)
        + " GROUP BY event_date, area, incident_hash"
        // the spread dead of ranged records (deathDays), counted as no report and no incident
        + (deathDays == null
            ? ""
            : " UNION ALL SELECT event_date, "
                + area
                + ", 0, NULL, false, false, false, 0, 0, 0, 0, 0, coalesce(sum(fatalities), 0),"
                + " count(fatalities)"
                + deathLanes("fat_", deaths)
                + " FROM "
                + deathDays
                + " WHERE "
                + anyOf("action_adm1", keys)
                + " GROUP BY ALL")
        + ") WHERE area IS NOT NULL GROUP BY area, day)";
  }

  /**
   * Adds to each sea area's days the incidents of pirates on its coast ({@code
   * signal.daily.IncidentSubjects#coast}): the reports judged piracy at ingest ({@code
   * events.pirate}) whose place is on a listed coast ({@link #seaCoast}), grouped into incidents
   * per day, area and key hash as the conflict areas' are, counted into the area's {@code
   * pirate_incidents} only. {@code indicator_days} holds one row per subject and day, so a day the
   * area already has is added to and a day it lacks is made, its other columns 0.
   */
  static void coastDays(Statement s, String events) throws SQLException {
    s.execute(
        "CREATE OR REPLACE TEMP TABLE coast_days AS SELECT coast, day, sum(n)::BIGINT AS n FROM"
            + " (SELECT event_date AS day, "
            + seaCoast("sea_area", "action_adm1", "action_precision", "action_country")
            + " AS coast, "
            + incidentsSql()
            + " AS n FROM "
            + events
            + " WHERE pirate GROUP BY event_date, coast, incident_hash) WHERE coast IS NOT NULL"
            + " GROUP BY coast, day");
    s.execute(
        "UPDATE indicator_days d SET pirate_incidents = d.pirate_incidents + c.n FROM coast_days c"
            + " WHERE d.scope = 'area' AND d.subject = c.coast AND d.day = c.day");
    List<String> zeros =
        DayCounts.COLUMNS.stream().map(c -> c.equals("pirate_incidents") ? "c.n" : "0").toList();
    s.execute(
        "INSERT INTO indicator_days (scope, subject, day, "
            + String.join(", ", DayCounts.COLUMNS)
            + ") SELECT 'area', c.coast, c.day, "
            + String.join(", ", zeros)
            + " FROM coast_days c WHERE NOT EXISTS (SELECT 1 FROM indicator_days d WHERE d.scope ="
            + " 'area' AND d.subject = c.coast AND d.day = c.day)");
    s.execute("DROP TABLE coast_days");
  }

  /**
   * A SQL expression for the sea area whose coast a report on land is on ({@link SeaCoasts#of}):
   * any place in Singapore, or a place known to the division or better in a listed coastal
   * division; NULL at sea or elsewhere.
   */
  static String seaCoast(String sea, String adm1, String precision, String country) {
    StringBuilder out =
        new StringBuilder("CASE WHEN " + sea + " IS NOT NULL THEN NULL WHEN " + country + " = '");
    out.append(SeaCoasts.CITY_STATE).append("' THEN '").append(SeaArea.MALACCA_SINGAPORE.name());
    out.append("' WHEN ").append(precision).append(" IN ('adm1', 'place') THEN CASE");
    for (SeaArea a : new TreeSet<>(SeaCoasts.areas())) {
      out.append(" WHEN ").append(adm1).append(" IN (");
      out.append(sqlList(SeaCoasts.divisions(a))).append(") THEN '").append(a.name()).append("'");
    }
    return out.append(" END END").toString();
  }

  /**
   * A SQL condition true when one report is a seizure or abduction by pirates, as {@code
   * signal.daily.Incident#piracy} judges it from the source's stored types and the place: at sea by
   * any non-state armed group; on land by criminals, or by gunmen outside a conflict area's
   * divisions; never NULL.
   */
  static String piracySql() {
    List<String> source = List.of("src");
    String atSea = typeIn(source, EventKinds.NON_STATE_ARMED_TYPES);
    String criminals = typeIn(source, Set.of(EventKinds.CRIMINAL_TYPE));
    String gunmen = typeIn(source, Set.of(EventKinds.GUNMEN_TYPE));
    return "(event_code IN ("
        + sqlList(EventKinds.PIRACY_CODES)
        + ") AND CASE WHEN sea_area IS NOT NULL THEN "
        + atSea
        + " ELSE "
        + criminals
        + " OR ("
        + gunmen
        + " AND "
        + conflictArea("action_adm1", "action_precision", "action_country")
        + " IS NULL) END)";
  }

  /**
   * A SQL condition true when one of the stored types ({@link EventKinds#STORED_TYPES}) of one of
   * the {@code sides} ("src", "tgt") is in {@code types}; never NULL.
   */
  private static String typeIn(List<String> sides, Set<String> types) {
    List<String> any = new ArrayList<>();
    for (String side : sides) {
      for (int i = 1; i <= EventKinds.STORED_TYPES; i++) {
        any.add(side + "_type" + i + " IN (" + sqlList(types) + ")");
      }
    }
    return "coalesce(" + String.join(" OR ", any) + ", false)";
  }

  /**
   * A SQL expression for the conflict area ({@link ConflictArea#of}) of a report whose action place
   * has the first-order division in column {@code adm1}, the precision in column {@code precision}
   * and the country in column {@code country}: the area's name when the division is one of its
   * codes, or one of its names as written in its country ({@link ConflictArea#namedAs}), and the
   * place is known to the division or better, else NULL.
   */
  static String conflictArea(String adm1, String precision, String country) {
    StringBuilder area = new StringBuilder("CASE WHEN " + precision + " IN ('adm1', 'place') THEN");
    area.append(" CASE");
    for (ConflictArea a : ConflictArea.values()) {
      area.append(" WHEN ").append(adm1).append(" IN (").append(sqlList(a.divisions()));
      area.append(") THEN '").append(a.name()).append("'");
    }
    for (ConflictArea a : ConflictArea.values()) {
      area.append(" WHEN ").append(country).append(" = '").append(a.country()).append("' AND ");
      area.append(adm1).append(" IN (").append(sqlList(a.namedAs()));
      area.append(") THEN '").append(a.name()).append("'");
    }
    return area.append(" END END").toString();
  }

  /**
   * A SQL condition true when {@code column} holds one of {@code values}: a list position, which
   * DuckDB tests on a string column much faster than an IN list (in the conflict areas' pass over
   * 10M reports, 0.12 s against 0.19 s; docs/benchmarks.md, "Conflict areas as a product").
   */
  static String anyOf(String column, Set<String> values) {
    return "coalesce(list_position([" + sqlList(values) + "], " + column + "), 0) > 0";
  }

  /**
   * The profile of the events read: the watch set in order, the sea areas of {@code events} (a
   * table or a subquery with a column {@code sea_area}) and the ASEAN members.
   */
  private static Profile profile(Statement s, Set<String> watchSet, String events)
      throws SQLException {
    return new Profile(
        new ArrayList<>(new TreeSet<>(watchSet)),
        seaAreas(s, events),
        org.amity.event.CountryTable.standard().aseanMembers());
  }

  /**
   * The columns the incremental watch copies of the affected days' events, for the passes of {@link
   * #rebuild} under profile {@code p}. When {@code events} is a table none of whose rows lacks its
   * derived columns (DuckDB's statistics tell at no cost, else a scan of those columns stops at the
   * first such row), they are read as stored rather than {@link IncidentKeys#orComputed} (which
   * reads the source and target types 2 and 3 of every row too); and when the classes can then
   * stand for the profile ({@link IncidentKeys#canDecode}), the codes and countries of the source
   * and target, which only {@link #fromRows} and the derived columns' expressions read, are left
   * out. Each column left out is one fewer of the whole table scanned: the copy costs the scan of
   * the table's columns it reads, whatever the days (docs/benchmarks.md, thirty-fourth round).
   */
  private static String copiedColumns(Connection c, Statement s, Profile p, boolean ranged)
      throws SQLException {
    String wide = "src_code, tgt_code, src_country, tgt_country, ";
    // with records dated by a range, the sums read every column of sumColumns and date_end
    // beside the spread dead ({@link #sumsFrom}, {@link #theatreDays})
    String columns =
        "event_date, dataset, native_id, event_code, action_country, sea_area, quad_class,"
            + " src_type1, tgt_type1, goldstein, avg_tone, fatalities, action_adm1,"
            + " action_precision, action_lat, action_lon, "
            + (ranged ? "date_end, " : "");
    if (!IncidentKeys.isTable(c) || IncidentKeys.anyMissing(s)) {
      return wide + columns + IncidentKeys.orComputed();
    }
    return (IncidentKeys.canDecode(p.countries(), p.seas()) && !ranged ? "" : wide)
        + columns
        + IncidentKeys.names();
  }

  /**
   * Whether any of {@code events} (a table or a subquery) is a record of a recorder that counts the
   * dead ({@link Dataset#deathRecorders}): only then are the dead settled per place and recorder
   * ({@link #subjectDays}, {@link #sumOf}); with none, every recorder's lane would be 0 and the
   * settled count the plain sum, so the lanes are left out (the same figures, docs/decisions.md).
   */
  static boolean countsDead(Statement s, String events) throws SQLException {
    if (Dataset.deathRecorders().isEmpty()) {
      return false;
    }
    String any =
        Dataset.deathRecorders().stream()
            .map(r -> "(" + recorderTest(r) + ")")
            .collect(Collectors.joining(" OR "));
    try (ResultSet rs =
        s.executeQuery("SELECT EXISTS (SELECT 1 FROM " + events + " WHERE " + any + ")")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  /** The sea areas of the events read, sorted. */
  private static List<String> seaAreas(Statement s, String events) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs =
        s.executeQuery(
            "SELECT DISTINCT sea_area FROM " + events + " WHERE sea_area IS NOT NULL ORDER BY 1")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
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
