package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amity.event.Event;
import org.amity.signal.Resolution;
import org.amity.signal.Scope;
import org.amity.signal.daily.DailyIndicators;
import org.amity.signal.daily.DayCounts;
import org.amity.signal.daily.IncidentSubjects;
import org.amity.signal.daily.IndicatorDay;
import org.amity.signal.daily.SeriesPoint;
import org.amity.signal.daily.SeriesRollup;
import org.amity.store.EventQuery;

/**
 * The daily table and the derived series computed twice, by the store's SQL and by the plain
 * functions of {@code signal.daily}, and compared row by row and column by column.
 */
public final class IndicatorTwins {
  private IndicatorTwins() {}

  /** Relative tolerance for sums of doubles added in another order. */
  public static final double TOLERANCE = 1e-9;

  /** The stored events in storage order. */
  public static List<Event> stored(DuckDbEventStore store) {
    List<Event> out = new ArrayList<>();
    store.forEachEvent(EventQuery.all(), out::add);
    return out;
  }

  /** Rebuilds indicator_days through the store's watch and reads every row back. */
  public static List<IndicatorDay> sqlDays(DuckDbEventStore store, Set<String> watchSet)
      throws SQLException {
    return sqlDays(store, watchSet, false);
  }

  /** The same, with or without the conflict areas' series. */
  public static List<IndicatorDay> sqlDays(
      DuckDbEventStore store, Set<String> watchSet, boolean theatres) throws SQLException {
    var watch = DuckDbStorage.over(store).watch();
    watch.inTransaction(
        () -> {
          watch.rebuildIndicators(watchSet, theatres, true);
          return null;
        });
    return storedDays(store);
  }

  /** Every row of indicator_days as the last watch left it, sorted by scope, subject and day. */
  public static List<IndicatorDay> storedDays(DuckDbEventStore store) throws SQLException {
    try (Statement s = store.connection().createStatement()) {
      return days(s, "indicator_days");
    }
  }

  /** Every row of a cluster output's indicator_days folder, sorted by scope, subject and day. */
  public static List<IndicatorDay> parquetDays(java.nio.file.Path folder) throws SQLException {
    String files = folder.toAbsolutePath().resolve("*.parquet").toString().replace("'", "''");
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      return days(s, "read_parquet('" + files + "', union_by_name = true)");
    }
  }

  private static List<IndicatorDay> days(Statement s, String from) throws SQLException {
    List<IndicatorDay> out = new ArrayList<>();
    try (ResultSet rs =
        s.executeQuery(
            "SELECT scope, subject, day, events, q1, q2, q3, q4, incidents,"
                + " conflict_incidents, mc_incidents, humanitarian_incidents, goldstein_sum,"
                + " tone_sum, tone_n, coercion_incidents, fatalities, kidnap_incidents,"
                + " rebel_mc_incidents, pirate_incidents, death_reports FROM "
                + from)) {
      while (rs.next()) {
        out.add(
            new IndicatorDay(
                Scope.parse(rs.getString(1)),
                rs.getString(2),
                rs.getObject(3, LocalDate.class),
                new DayCounts(
                    rs.getLong(4),
                    rs.getLong(5),
                    rs.getLong(6),
                    rs.getLong(7),
                    rs.getLong(8),
                    rs.getLong(9),
                    rs.getLong(10),
                    rs.getLong(11),
                    rs.getLong(12),
                    rs.getDouble(13),
                    rs.getDouble(14),
                    rs.getLong(15),
                    rs.getLong(16),
                    rs.getLong(17),
                    rs.getLong(18),
                    rs.getLong(19),
                    rs.getLong(20),
                    rs.getLong(21))));
      }
    }
    out.sort(DailyIndicators.ORDER);
    return out;
  }

  /** The rows of the view series_derived. */
  static List<SeriesPoint> sqlPoints(DuckDbEventStore store) throws SQLException {
    List<SeriesPoint> out = new ArrayList<>();
    try (Statement s = store.connection().createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT scope, subject, indicator, resolution, period, value FROM"
                    + " series_derived")) {
      while (rs.next()) {
        out.add(
            new SeriesPoint(
                Scope.parse(rs.getString(1)),
                rs.getString(2),
                rs.getString(3),
                Resolution.parse(rs.getString(4)),
                rs.getObject(5, LocalDate.class),
                rs.getDouble(6)));
      }
    }
    return out;
  }

  /**
   * Asserts that SQL and the functions agree on every row of indicator_days and every derived
   * point; returns the days for further checks.
   */
  static List<IndicatorDay> assertSameDays(DuckDbEventStore store, Set<String> watchSet)
      throws SQLException {
    return assertSameDays(store, watchSet, false);
  }

  /** The same, with or without the conflict areas' series. */
  static List<IndicatorDay> assertSameDays(
      DuckDbEventStore store, Set<String> watchSet, boolean theatres) throws SQLException {
    List<IndicatorDay> sql = sqlDays(store, watchSet, theatres);
    List<IndicatorDay> java =
        DailyIndicators.of(
            stored(store), IncidentSubjects.watching(watchSet).withTheatres(theatres));
    assertSameRows(sql, java);
    assertSamePoints(sqlPoints(store), SeriesRollup.points(java));
    return java;
  }

  public static void assertSameRows(List<IndicatorDay> sql, List<IndicatorDay> java) {
    assertThat(keys(java)).as("subjects and days").isEqualTo(keys(sql));
    for (int i = 0; i < sql.size(); i++) {
      IndicatorDay a = sql.get(i);
      IndicatorDay b = java.get(i);
      String row = a.scope().key() + " " + a.subject() + " " + a.day();
      DayCounts x = a.counts();
      DayCounts y = b.counts();
      assertThat(
              List.of(
                  y.events(),
                  y.q1(),
                  y.q2(),
                  y.q3(),
                  y.q4(),
                  y.incidents(),
                  y.conflictIncidents(),
                  y.mcIncidents(),
                  y.humanitarianIncidents(),
                  y.toneN(),
                  y.coercionIncidents(),
                  y.fatalities(),
                  y.kidnapIncidents(),
                  y.rebelMcIncidents(),
                  y.pirateIncidents()))
          .as("counts of " + row)
          .isEqualTo(
              List.of(
                  x.events(),
                  x.q1(),
                  x.q2(),
                  x.q3(),
                  x.q4(),
                  x.incidents(),
                  x.conflictIncidents(),
                  x.mcIncidents(),
                  x.humanitarianIncidents(),
                  x.toneN(),
                  x.coercionIncidents(),
                  x.fatalities(),
                  x.kidnapIncidents(),
                  x.rebelMcIncidents(),
                  x.pirateIncidents()));
      assertClose(row + " goldstein_sum", x.goldsteinSum(), y.goldsteinSum());
      assertClose(row + " tone_sum", x.toneSum(), y.toneSum());
    }
  }

  static void assertSamePoints(Collection<SeriesPoint> sql, Collection<SeriesPoint> java) {
    Map<String, Double> a = pointMap(sql);
    Map<String, Double> b = pointMap(java);
    assertThat(b.keySet()).as("derived series points").isEqualTo(a.keySet());
    a.forEach((k, v) -> assertClose(k, v, b.get(k)));
  }

  private static Map<String, Double> pointMap(Collection<SeriesPoint> points) {
    Map<String, Double> out = new HashMap<>();
    for (SeriesPoint p : points) {
      String k =
          p.scope().key()
              + "|"
              + p.subject()
              + "|"
              + p.indicator()
              + "|"
              + p.resolution().key()
              + "|"
              + p.period();
      assertThat(out.put(k, p.value())).as("one point for " + k).isNull();
    }
    return out;
  }

  static void assertClose(String what, double expected, double actual) {
    double scale = Math.max(1, Math.max(Math.abs(expected), Math.abs(actual)));
    assertThat(Math.abs(expected - actual))
        .as(what + ": SQL " + expected + ", functions " + actual)
        .isLessThanOrEqualTo(TOLERANCE * scale);
  }

  private static List<String> keys(List<IndicatorDay> rows) {
    return rows.stream().map(r -> r.scope().key() + " " + r.subject() + " " + r.day()).toList();
  }
}
