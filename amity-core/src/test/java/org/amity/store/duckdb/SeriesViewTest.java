package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amity.ingest.Format;
import org.amity.signal.daily.DayCounts;
import org.amity.signal.daily.SeriesRollup;
import org.amity.simulate.GdeltProfile;
import org.amity.simulate.ScenarioSimulator;
import org.amity.simulate.SimulationSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The view {@code series_derived} generated from the indicator columns gives exactly the rows of
 * the last view a migration wrote (V044), and a store migrated from an older schema gets it.
 */
class SeriesViewTest {
  @TempDir Path dir;

  /** Edge days the watch rarely makes, beside the watched ones (columns in table order). */
  private static final String EDGE_DAYS =
      "INSERT INTO indicator_days (scope, subject, day, "
          + String.join(", ", DayCounts.COLUMNS)
          + ") VALUES"
          // a sea area's day with only pirates on its coast: no report, no tone; so is the world's
          + " ('sea', 'SULU_SEA', DATE '2021-03-10', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,"
          + " 0, 0, 2, 0),"
          + " ('region', 'WORLD', DATE '2021-03-10', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,"
          + " 0, 0, 2, 0),"
          // reports but none with a tone, then a day with one, across a month and a week boundary
          // (EDGE's 9 dead counted, a country of no other day, by one deaths-counting report; its
          // next day has none, so its
          // deaths series ends on 2021-03-31, the month and week of that day)
          + " ('country', 'EDGE', DATE '2021-03-31', 3, 0, 0, 1, 2, 2, 2, 1, 1, -17.5, 0, 0, 1,"
          + " 9, 1, 1, 0, 1),"
          + " ('region', 'WORLD', DATE '2021-03-31', 3, 0, 0, 1, 2, 2, 2, 1, 1, -17.5, 0, 0, 1,"
          + " 9, 1, 1, 0, 1),"
          + " ('country', 'EDGE', DATE '2021-04-01', 1, 1, 0, 0, 0, 1, 0, 0, 0, 3.4, -2.25, 1,"
          + " 0, 0, 0, 0, 0, 0),"
          + " ('region', 'WORLD', DATE '2021-04-01', 7, 1, 2, 2, 2, 5, 3, 2, 0, 3.4, -2.25, 6,"
          + " 0, 0, 0, 0, 0, 0),"
          // a subject's day in a year whose world has no day: no points
          + " ('country', 'VNM', DATE '1999-06-01', 5, 1, 1, 1, 2, 4, 3, 2, 1, -1.0, 4.0, 5,"
          + " 1, 2, 1, 1, 1, 1)";

  /**
   * The rows V044's view gave that the generated one still gives as they were: all but the deaths
   * (now only where a deaths-counting source covered the subject, V045), the new count of such
   * reports, and the share of the world's incidents where the world has none.
   */
  private static String unchanged(String view) {
    // and conflict_per_1k_world where the world has no incident in the period (a period of a
    // record's spread dead alone, docs/decisions.md "The dead of a GED date range are spread over
    // its days"): 0 now, 0/0 in V044's view
    return "(SELECT * FROM "
        + view
        + " WHERE indicator NOT IN ('fatalities', 'death_reports') AND NOT (indicator ="
        + " 'conflict_per_1k_world' AND isnan(value)) AND NOT (indicator = 'conflict_per_1k_world'"
        + " AND period IN ("
        + NO_WORLD_INCIDENT
        + ") AND value = 0))";
  }

  /** The periods of EDGE_DAYS whose world has no incident. */
  private static final String NO_WORLD_INCIDENT = "DATE '2021-03-10', DATE '2021-03-08'";

  /**
   * V044's deaths points inside each subject's first to last period with a deaths-counting report,
   * as the generated view's own count of such reports places them.
   */
  private static final String COVERED_V044_DEATHS =
      "(SELECT v.* FROM series_v044 v JOIN (SELECT scope, subject, resolution, min(period) AS f,"
          + " max(period) AS l FROM series_derived WHERE indicator = 'death_reports' AND value > 0"
          + " GROUP BY ALL) r USING (scope, subject, resolution) WHERE v.indicator = 'fatalities'"
          + " AND v.period BETWEEN r.f AND r.l)";

  @Test
  void theGeneratedViewGivesExactlyTheRowsOfTheLastViewAMigrationWrote() throws Exception {
    Path sim = dir.resolve("sim");
    new ScenarioSimulator(
            GdeltProfile.standard(),
            SimulationSettings.of(75, 3, LocalDate.of(2025, 1, 1), 250, null, null))
        .writeTo(sim, false);
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      try (var files = Files.list(sim)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".CSV")).sorted().toList()) {
          DailyIndicatorsMatchSqlTest.scan(store, f, Format.GDELT2);
        }
      }
      DailyIndicatorsMatchSqlTest.ingest(
          store, "adversarial", DailyIndicatorsMatchSqlTest.adversarial());
      IndicatorTwins.sqlDays(store, DailyIndicatorsMatchSqlTest.WATCH, true);
      Connection c = store.connection();
      execute(c, EDGE_DAYS);
      execute(c, released("V044__pirate_incidents.sql", "series_v044"));

      assertThat(count(c, "SELECT count(DISTINCT scope) FROM indicator_days")).isGreaterThan(4);
      assertThat(count(c, "SELECT count(*) FROM indicator_days")).isGreaterThan(5_000);
      assertThat(count(c, "SELECT count(*) FROM series_derived")).isGreaterThan(100_000);
      assertSameRows(c, unchanged("series_derived"), unchanged("series_v044"));
      assertSameRows(
          c, "(SELECT * FROM series_derived WHERE indicator = 'fatalities')", COVERED_V044_DEATHS);
      assertThat(columns(c, "series_derived")).isEqualTo(columns(c, "series_v044"));
      assertThat(indicators(c)).containsExactlyInAnyOrderElementsOf(SeriesRollup.INDICATORS);
      // EDGE's deaths: the day, week and month of 2021-03-31 have them; 2021-04-01 (no
      // deaths-counting report that day or later) has no point at day resolution, where V044 said 0
      assertThat(
              count(
                  c,
                  "SELECT count(*) FROM series_derived WHERE subject = 'EDGE' AND indicator ="
                      + " 'fatalities' AND period >= DATE '2021-03-01'"))
          .isEqualTo(3);
      assertThat(
              count(
                  c,
                  "SELECT count(*) FROM series_v044 WHERE subject = 'EDGE' AND indicator ="
                      + " 'fatalities' AND period = DATE '2021-04-01' AND resolution = 'day'"))
          .isEqualTo(1);
      // the edge days are there: a day without reports, one without a tone, one without a world
      assertThat(
              count(
                  c,
                  "SELECT count(*) FROM series_derived WHERE subject = 'SULU_SEA' AND period ="
                      + " DATE '2021-03-10' AND resolution = 'day' AND indicator IN"
                      + " ('goldstein_mean', 'mc_share', 'tone_mean') AND value = 0"))
          .isEqualTo(3);
      assertThat(
              count(
                  c,
                  "SELECT count(*) FROM series_derived WHERE subject = 'EDGE' AND period ="
                      + " DATE '2021-03-31' AND resolution = 'day' AND indicator = 'tone_mean'"
                      + " AND value = 0"))
          .isEqualTo(1);
      assertThat(
              count(
                  c,
                  "SELECT count(*) FROM series_derived WHERE subject = 'VNM' AND period"
                      + " < DATE '2000-01-01'"))
          .isZero();
    }
  }

  @Test
  void theViewHasTheIndicatorsOfTheRollUpInItsOrder() {
    assertThat(SeriesView.indicators()).isEqualTo(SeriesRollup.INDICATORS);
    assertThat(SeriesView.sql())
        .contains("UNPIVOT (value FOR indicator IN (" + String.join(", ", SeriesRollup.INDICATORS));
  }

  @Test
  void aStoreMigratedOnlyUpToV042GetsTheWholeViewWhenOpened() throws Exception {
    Path file = dir.resolve("v042.duckdb");
    List<String> older =
        Migrations.SCRIPTS.subList(
            0, Migrations.SCRIPTS.indexOf("V042__rebel_mc_incidents.sql") + 1);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
      execute(
          c,
          "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, script VARCHAR NOT NULL,"
              + " applied_at TIMESTAMP NOT NULL)");
      for (String script : older) {
        for (String sql : Migrations.statements(resource(script))) {
          execute(c, sql);
        }
        execute(
            c,
            "INSERT INTO schema_version VALUES ("
                + Migrations.version(script)
                + ", '"
                + script
                + "', current_timestamp)");
      }
      execute(
          c,
          "INSERT INTO indicator_days (scope, subject, day, events, q1, q2, q3, q4, incidents,"
              + " conflict_incidents, mc_incidents, humanitarian_incidents, goldstein_sum,"
              + " tone_sum, tone_n, coercion_incidents, fatalities, kidnap_incidents,"
              + " rebel_mc_incidents) VALUES ('region', 'WORLD', DATE '2024-03-04', 4, 1, 1, 1,"
              + " 1, 3, 2, 1, 0, -2.5, 1.5, 3, 1, 7, 0, 1)");
      assertThat(indicators(c)).hasSize(SeriesRollup.INDICATORS.size() - 2);
      assertThat(indicators(c)).doesNotContain("pirate_incidents");
    }
    try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
      Connection c = store.connection();
      assertThat(Migrations.applied(c)).containsExactlyInAnyOrderElementsOf(Migrations.SCRIPTS);
      assertThat(indicators(c))
          .containsExactlyInAnyOrderElementsOf(
              SeriesRollup.INDICATORS.stream().filter(x -> !x.equals("fatalities")).toList());
      execute(c, released("V044__pirate_incidents.sql", "series_v044"));
      assertSameRows(c, unchanged("series_derived"), unchanged("series_v044"));
      // the day's 7 dead were stored before any report was known to count deaths (death_reports
      // 0 until the next watch counts the day again): no deaths point, the other 19 indicators
      assertThat(count(c, "SELECT count(*) FROM series_derived")).isEqualTo(3L * 19);
      assertThat(count(c, "SELECT count(*) FROM series_derived WHERE indicator = 'fatalities'"))
          .isZero();
    }
  }

  @Test
  void aStoreWhoseViewLacksACountedColumnGetsItBackWhenOpened() throws Exception {
    // what a count added by a script with only its ALTER TABLE looks like to an older view
    Path file = dir.resolve("stale.duckdb");
    try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
      Connection c = store.connection();
      execute(c, EDGE_DAYS);
      execute(c, released("V042__rebel_mc_incidents.sql", "series_derived"));
      assertThat(indicators(c)).doesNotContain("pirate_incidents");
    }
    try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
      Connection c = store.connection();
      assertThat(indicators(c)).containsExactlyInAnyOrderElementsOf(SeriesRollup.INDICATORS);
      assertThat(
              count(
                  c,
                  "SELECT sum(value) FROM series_derived WHERE indicator = 'pirate_incidents'"
                      + " AND subject = 'SULU_SEA' AND resolution = 'month'"))
          .isEqualTo(2);
    }
  }

  /**
   * The view a released migration creates, from its resource text, under {@code name}: the last
   * statement of the script, which is its {@code CREATE OR REPLACE VIEW series_derived}.
   */
  static String released(String script, String name) throws IOException {
    List<String> statements = Migrations.statements(resource(script));
    String view = statements.get(statements.size() - 1);
    String head = "CREATE OR REPLACE VIEW series_derived AS";
    assertThat(view).startsWith(head);
    return "CREATE OR REPLACE VIEW " + name + " AS" + view.substring(head.length());
  }

  private static String resource(String script) throws IOException {
    try (InputStream in = Migrations.class.getResourceAsStream(script)) {
      assertThat(in).as(script).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Asserts both views hold the same rows, each as often, values bit for bit. */
  private static void assertSameRows(Connection c, String a, String b) throws SQLException {
    assertThat(count(c, "SELECT count(*) FROM " + a))
        .isEqualTo(count(c, "SELECT count(*) FROM " + b))
        .isPositive();
    assertThat(rows(c, "SELECT * FROM " + a + " EXCEPT ALL SELECT * FROM " + b))
        .as("rows of " + a + " not in " + b)
        .isEmpty();
    assertThat(rows(c, "SELECT * FROM " + b + " EXCEPT ALL SELECT * FROM " + a))
        .as("rows of " + b + " not in " + a)
        .isEmpty();
  }

  /** The indicators the view gives for the store's days, sorted. */
  private static List<String> indicators(Connection c) throws SQLException {
    return rows(c, "SELECT DISTINCT indicator FROM series_derived ORDER BY indicator", 100);
  }

  private static List<String> columns(Connection c, String view) throws SQLException {
    return rows(c, "SELECT column_name || ' ' || column_type FROM (DESCRIBE " + view + ")");
  }

  private static List<String> rows(Connection c, String sql) throws SQLException {
    return rows(c, sql, 10);
  }

  /** The first {@code most} rows of a query, each as its values joined with " | ". */
  private static List<String> rows(Connection c, String sql, int most) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (out.size() < most && rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          row.append(i > 1 ? " | " : "").append(rs.getString(i));
        }
        out.add(row.toString());
      }
    }
    return out;
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
