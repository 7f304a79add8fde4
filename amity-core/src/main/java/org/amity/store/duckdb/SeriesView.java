package org.amity.store.duckdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.amity.signal.CoverageMembers;
import org.amity.signal.daily.DayCounts;

/**
 * The view {@code series_derived}, generated from {@link DayCounts#COLUMNS}: every derived series,
 * rolled up from {@code indicator_days} at day, week and month resolution, one row per subject,
 * indicator and period with source 'events'. Each additive column is summed per period; every count
 * ({@link DayCounts#COUNT_COLUMNS}) is an indicator as it is, and the derived indicators of {@link
 * #DERIVED} follow (the Goldstein sum, its mean per report, the mean tone over reports with a tone,
 * the share of material-conflict reports, conflict incidents per thousand incidents in the world in
 * the same period). A period whose world has no row has no points: the sums are joined to the
 * world's on resolution and period. The view is what {@code SeriesRollup} computes in Java.
 *
 * <p>Migrations V032, V033, V040, V041, V042 and V044 each wrote the whole view again to add one
 * count; a new count now needs only its {@code ALTER TABLE indicator_days ADD COLUMN} in a script
 * and its place in {@link DayCounts#COLUMNS}. Those released scripts still create their own views
 * in turn on a fresh store, and {@link Migrations#apply} replaces the last one with this one.
 *
 * <p>It is replaced on every open, not only when the stored one differs. DuckDB keeps a view as its
 * own rendering of the parsed query (spacing, comments and the text's parentheses are gone), so the
 * only exact way to tell whether the stored view is this one is to have DuckDB render this one too,
 * which binds the same query: on a 365k-event store, a check that found the view unchanged (a
 * temporary view, its rendering and the stored one read back) cost more on open than replacing it
 * (medians of 40 cold opens on a loaded machine: +31 ms against +19 ms, over 25 ms for opening,
 * reading {@code schema_version} and closing). A fingerprint kept beside the schema would be
 * cheaper to check but is one more piece of state that must follow every way the view can change (a
 * script that writes one, a view written by hand); the replacement needs none. Replacing binds the
 * query (about 5 ms) and writes one catalog entry (about 11 ms, mostly on close), of the same order
 * on a 10M-event store (+25 ms median); the file does not grow, and on a warm connection a
 * replacement takes 5 ms. A view holds no rows, and {@code series_points}, which reads it, binds it
 * by name when queried.
 */
final class SeriesView {
  private SeriesView() {}

  /** The view's name. */
  static final String NAME = "series_derived";

  /**
   * The derived indicators after the counts, in the view's order, each with its expression over the
   * period's sums {@code s} and the world's incidents {@code w.world_incidents}. A period may hold
   * no report of its own (a sea area's day with only pirates on its coast): its Goldstein mean and
   * material-conflict share are then 0, as is its tone mean without a tone.
   */
  static final Map<String, String> DERIVED = derived();

  private static Map<String, String> derived() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("goldstein_sum", "s.goldstein_sum");
    m.put("goldstein_mean", "CASE WHEN s.events > 0 THEN s.goldstein_sum / s.events ELSE 0 END");
    m.put("tone_mean", "CASE WHEN s.tone_n > 0 THEN s.tone_sum / s.tone_n ELSE 0 END");
    m.put("mc_share", "CASE WHEN s.events > 0 THEN CAST(s.q4 AS DOUBLE) / s.events ELSE 0 END");
    m.put(
        "conflict_per_1k_world",
        "CASE WHEN w.world_incidents > 0 THEN 1000.0 * s.conflict_incidents / w.world_incidents"
            + " ELSE 0 END");
    return Collections.unmodifiableMap(m);
  }

  /** Every indicator of the view, in its order: the counts, then the derived ones. */
  static List<String> indicators() {
    return Stream.concat(DayCounts.COUNT_COLUMNS.stream(), DERIVED.keySet().stream()).toList();
  }

  /** The statement that creates or replaces the view, from {@link DayCounts#COLUMNS}. */
  static String sql() {
    String sums =
        DayCounts.COLUMNS.stream()
            .map(col -> "sum(d." + col + ") AS " + col)
            .collect(Collectors.joining(",\n         "));
    String values =
        Stream.concat(
                DayCounts.COUNT_COLUMNS.stream().map(col -> count(col) + " AS " + col),
                DERIVED.entrySet().stream().map(e -> e.getValue() + " AS " + e.getKey()))
            .collect(Collectors.joining(",\n         "));
    return "CREATE OR REPLACE VIEW "
        + NAME
        + " AS\n"
        + "WITH sums AS (\n"
        + "  SELECT d.scope, d.subject, r.resolution,\n"
        + "         CAST(date_trunc(r.resolution, d.day) AS DATE) AS period,\n"
        + "         "
        + sums
        + "\n"
        + "  FROM indicator_days d, (VALUES ('day'), ('week'), ('month')) r(resolution)\n"
        + "  GROUP BY ALL\n"
        + "),\n"
        + "spans AS (\n"
        + "  SELECT *"
        + coverage()
        + " FROM sums\n"
        + "  WINDOW subject AS (PARTITION BY scope, subject, resolution)\n"
        + "),\n"
        + memberCoverage()
        + "world AS (\n"
        + "  SELECT resolution, period, incidents AS world_incidents FROM sums\n"
        + "  WHERE scope = 'region' AND subject = 'WORLD'\n"
        + ")\n"
        + "SELECT scope, subject, indicator, resolution, period, value, 'events' AS source\n"
        + "FROM (\n"
        + "  SELECT s.scope, s.subject, s.resolution, s.period,\n"
        + "         "
        + values
        + "\n"
        + "  FROM covered s JOIN world w ON w.resolution = s.resolution AND w.period = s.period\n"
        + ") UNPIVOT (value FOR indicator IN ("
        + String.join(", ", indicators())
        + "))";
  }

  /**
   * A count's value in a period: the sum as it is, or, for a count only some sources give ({@link
   * DayCounts#COVERED_BY}), NULL outside the subject's first to last period with a report of such a
   * source, or for a subject of several countries ({@link CoverageMembers}) in a period without
   * such a report of its own and outside every member's span (UNPIVOT then drops the point: no
   * value, not a zero), as {@code SeriesRollup} reads it.
   */
  private static String count(String col) {
    String cast = "CAST(s." + col + " AS DOUBLE)";
    String cover = DayCounts.COVERED_BY.get(col);
    if (cover == null) {
      return cast;
    }
    return "CASE WHEN CASE WHEN s.by_members THEN s."
        + cover
        + " > 0 OR s."
        + cover
        + "_members ELSE s.period BETWEEN s."
        + cover
        + "_from AND s."
        + cover
        + "_to END THEN "
        + cast
        + " END";
  }

  /**
   * The subjects of several countries ({@link CoverageMembers}) with their members, and {@code
   * covered}: {@code spans} with, per coverage column, whether the subject is one of those ({@code
   * _by_members}) and whether a member's first to last period of that column holds the period
   * ({@code _members}).
   */
  private static String memberCoverage() {
    // each subject's members numbered 1..n, so that their spans become columns of one row per
    // subject joined on equality: a query for one subject still sums only that subject's days (a
    // join on the periods or a correlated test made the view sum every subject first, 4-8 times
    // slower for one series)
    StringBuilder values = new StringBuilder();
    java.util.Map<String, Integer> numbered = new java.util.HashMap<>();
    int most = 0;
    for (String[] row : CoverageMembers.rows()) {
      int k = numbered.merge(row[0] + "|" + row[1], 1, Integer::sum);
      most = Math.max(most, k);
      values.append(values.length() == 0 ? "" : ", ").append("(");
      for (String v : row) {
        values.append("'").append(v.replace("'", "''")).append("', ");
      }
      values.append(k).append(")");
    }
    StringBuilder out = new StringBuilder();
    out.append("members AS (\n  SELECT * FROM (VALUES ")
        .append(values)
        .append(") m(scope, subject, member, k)\n),\n");
    StringBuilder joins = new StringBuilder();
    StringBuilder flags = new StringBuilder();
    for (String cover : new java.util.TreeSet<>(DayCounts.COVERED_BY.values())) {
      // a member's span at any resolution runs from the period of its first day with a report to
      // that of its last, read from the days with such a report (few rows)
      out.append("members_").append(cover).append(" AS (\n  SELECT m.scope, m.subject");
      StringBuilder inside = new StringBuilder();
      for (int k = 1; k <= most; k++) {
        out.append(", max(d.f) FILTER (WHERE m.k = ")
            .append(k)
            .append(") AS f")
            .append(k)
            .append(", max(d.t) FILTER (WHERE m.k = ")
            .append(k)
            .append(") AS t")
            .append(k);
        inside
            .append(k == 1 ? "" : " OR ")
            .append("s.period BETWEEN CAST(date_trunc(s.resolution, mc.f")
            .append(k)
            .append(") AS DATE) AND CAST(date_trunc(s.resolution, mc.t")
            .append(k)
            .append(") AS DATE)");
      }
      out.append("\n  FROM members m LEFT JOIN (SELECT subject, min(day) AS f, max(day) AS t")
          .append(" FROM indicator_days\n    WHERE scope = 'country' AND ")
          .append(cover)
          .append(" > 0 GROUP BY subject) d ON d.subject = m.member\n")
          .append("  GROUP BY m.scope, m.subject\n),\n");
      String mc = "m_" + cover;
      joins
          .append("  LEFT JOIN members_")
          .append(cover)
          .append(" ")
          .append(mc)
          .append(" ON ")
          .append(mc)
          .append(".scope = s.scope AND ")
          .append(mc)
          .append(".subject = s.subject\n");
      flags
          .append(flags.length() == 0 ? ", " + mc + ".subject IS NOT NULL AS by_members" : "")
          .append(", coalesce(")
          .append(inside.toString().replace("mc.", mc + "."))
          .append(", false) AS ")
          .append(cover)
          .append("_members");
    }
    out.append("covered AS (\n  SELECT s.*")
        .append(flags)
        .append("\n  FROM spans s\n")
        .append(joins)
        .append("),\n");
    return out.toString();
  }

  /** Per subject and resolution, the first and last period of each coverage column. */
  private static String coverage() {
    StringBuilder out = new StringBuilder();
    for (String cover : new java.util.TreeSet<>(DayCounts.COVERED_BY.values())) {
      for (String[] end : new String[][] {{"min", "_from"}, {"max", "_to"}}) {
        out.append(", ")
            .append(end[0])
            .append("(CASE WHEN ")
            .append(cover)
            .append(" > 0 THEN period END) OVER subject AS ")
            .append(cover)
            .append(end[1]);
      }
    }
    return out.toString();
  }

  /** Creates the view, or replaces the one there (see the class comment for why every time). */
  static void replace(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql());
    }
  }
}
